// Bulk load of one relationship type between one pair of labels: the first two CSV columns are the ids of the
// ends; `from`/`to` pick the pair of a relationship table with several (bench/data/kuzu-bulk.ts).
COPY {{type}}({{columns}}) FROM '{{file}}' (header = true, from = '{{from}}', to = '{{to}}')
