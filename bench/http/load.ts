import autocannon from 'autocannon';
import type { Workload } from './workloads';

/** One stretch of load: what came back, and every response time, so stretches can be combined. */
export interface Measurement {
  requests: number;
  seconds: number;
  latencies: number[];
  errorDetail: ErrorDetail;
}

export interface ErrorDetail {
  connection: number;
  timeouts: number;
  non2xx: number;
  /** Replies that failed the workload's check (no card, or "something went wrong"). */
  badReply: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  errors: number;
  errorDetail: ErrorDetail;
}

let sequence = 0;

/** Drives one workload for `seconds` over `connections` keep-alive connections; every request comes from the next user of the pool. */
export async function drive(url: string, workload: Workload, options: { connections: number; seconds: number; users: number }): Promise<Measurement> {
  const latencies: number[] = [];
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        setupRequest: (request) => {
          sequence += 1;
          return { ...request, body: workload.next(sequence % options.users, sequence) };
        },
      },
    ],
    verifyBody: (body) => typeof body === 'string' && workload.verify(body),
    }, (error, result) => (error ? reject(error as Error) : resolve(result)));
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await done;
  const badReply = (result as unknown as { mismatches?: number }).mismatches ?? 0;
  return {
    requests: result.requests.total,
    seconds: result.duration,
    latencies,
    // autocannon's `errors` include its timeouts.
    errorDetail: { connection: result.errors - result.timeouts, timeouts: result.timeouts, non2xx: result.non2xx, badReply },
  };
}

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return NaN;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]! * 10) / 10;
}

/** Requests/s, latency percentiles and errors over one or more stretches of the same load. */
export function summarize(parts: Measurement[]): LoadResult {
  const requests = parts.reduce((sum, part) => sum + part.requests, 0);
  const seconds = parts.reduce((sum, part) => sum + part.seconds, 0);
  const sorted = Float64Array.from(parts.flatMap((part) => part.latencies)).sort();
  const errorDetail: ErrorDetail = { connection: 0, timeouts: 0, non2xx: 0, badReply: 0 };
  for (const part of parts) for (const key of Object.keys(errorDetail) as Array<keyof ErrorDetail>) errorDetail[key] += part.errorDetail[key];
  return {
    requests,
    seconds: Math.round(seconds * 100) / 100,
    requestsPerSecond: Math.round(requests / seconds),
    p50: percentile(sorted, 0.5),
    p90: percentile(sorted, 0.9),
    p99: percentile(sorted, 0.99),
    errors: errorDetail.connection + errorDetail.timeouts + errorDetail.non2xx + errorDetail.badReply,
    errorDetail,
  };
}
