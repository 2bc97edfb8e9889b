// Bulk load of one label's synthetic nodes from a CSV file the generator wrote (bench/data/kuzu-bulk.ts).
// {{label}}, {{columns}} and {{file}} come from the graph model and the generator, never from input.
COPY {{label}}({{columns}}) FROM '{{file}}' (header = true)
