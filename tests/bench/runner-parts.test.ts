import { csvCell } from '../../bench/data/kuzu-bulk';
import { metricSum } from '../../bench/run/cell';
import { parseBenchOptions } from '../../bench/run/options';
import { parseOptions as parseSoakOptions } from '../../bench/soak/options';
import { UsageError } from '../../bench/flags';
import { ratio } from '../../bench/run/ratios';

/** The benchmark runner's pure parts (nothing timed): options, metrics arithmetic, CSV cells, verdicts. */
describe('bench runner parts', () => {
  it('sums every labelled sample of a metric, so round trips per request can come from deltas', () => {
    const text = [
      '# HELP kg_db_query_duration_seconds Database query latency',
      'kg_db_query_duration_seconds_bucket{le="0.001",query="a",outcome="success"} 3',
      'kg_db_query_duration_seconds_count{query="a",outcome="success"} 10',
      'kg_db_query_duration_seconds_count{query="b",outcome="error"} 2',
      'kg_db_query_duration_seconds_count{query="b",outcome="cached"} 7',
      'kg_graphql_requests_total{operation="Nested",outcome="success"} 4',
    ].join('\n');
    expect(metricSum(text, 'kg_db_query_duration_seconds_count')).toBe(19);
    // The read cache's answers are left out of round trips.
    expect(metricSum(text, 'kg_db_query_duration_seconds_count', /outcome="cached"/)).toBe(12);
    expect(metricSum(text, 'kg_graphql_requests_total')).toBe(4);
    expect(metricSum(text, 'kg_missing_total')).toBeUndefined();
  });

  it('parses scales and concurrencies, and refuses a target that is not this machine', () => {
    const options = parseBenchOptions(['--scale', '100,1000', '--quick', '--connections=1,8']);
    expect(options).toMatchObject({ scales: [100, 1000], connections: [1, 8], quick: true, cellSec: 1.5 });
    expect(() => parseBenchOptions(['--url', 'http://example.org/'])).toThrow(/loopback/);
    expect(() => parseBenchOptions(['--url', 'http://127.0.0.1:4000/', '--sections', 'ratios'])).toThrow(
      /load section only/,
    );
    expect(() => parseBenchOptions(['--scale', '0'])).toThrow(/--scale/);
    expect(parseBenchOptions(['--url', 'http://localhost:4000/'])).toMatchObject({ sections: ['load'] });
  });

  it('refuses unknown options, missing values and stray words on both runners, and answers -h', () => {
    for (const parse of [parseBenchOptions, parseSoakOptions]) {
      expect(() => parse(['--nope'])).toThrow(UsageError);
      expect(() => parse(['--out'])).toThrow(/--out/);
      expect(() => parse(['stray'])).toThrow(UsageError);
      expect(parse(['-h'])).toBe('help');
    }
    expect(parseSoakOptions(['--duration=30', '--warmup', '5'])).toMatchObject({ durationSec: 30, warmupSec: 5 });
  });

  it('writes CSV cells Kùzu reads back as written, and refuses list elements it would misread', () => {
    expect(csvCell('A, the "big" one', 'x')).toBe('"A, the ""big"" one"');
    expect(csvCell(['source:a', 'source:b'], 'x')).toBe('"[source:a,source:b]"');
    expect(csvCell(null, 'x')).toBe('');
    expect(csvCell(true, 'x')).toBe('true');
    expect(() => csvCell(['a, b'], 'x')).toThrow(/cannot go into Kùzu CSV/);
    expect(() => csvCell('two\nlines', 'x')).toThrow(/line break/);
  });

  it('says met, missed or no goal, in the direction the goal points', () => {
    expect(ratio({ name: 'n', scale: 1, value: 6, goal: 5, better: 'higher', detail: '' }).met).toBe(true);
    expect(ratio({ name: 'n', scale: 1, value: 1.6, goal: 1.5, better: 'lower', detail: '' }).met).toBe(false);
    expect(ratio({ name: 'n', scale: 10, value: 3, goal: null, better: 'higher', detail: '' }).met).toBeNull();
    expect(ratio({ name: 'n', scale: 1, value: Infinity, goal: 5, better: 'higher', detail: '' }).value).toBeNull();
  });
});
