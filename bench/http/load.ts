import autocannon from 'autocannon';
import type { Workload } from './workloads';

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  /** Connection errors, timeouts, non-2xx answers and replies that failed the workload's check. */
  errors: number;
  errorDetail: { connection: number; timeouts: number; non2xx: number; badReply: number };
}

let sequence = 0;

/** Drives one workload for `seconds` over `connections` keep-alive connections; every request comes from the next user of the pool. */
export async function drive(url: string, workload: Workload, options: { connections: number; seconds: number; users: number }): Promise<LoadResult> {
  const result = await autocannon({
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
  });
  const badReply = (result as unknown as { mismatches?: number }).mismatches ?? 0;
  // autocannon's `errors` include its timeouts.
  const errorDetail = { connection: result.errors - result.timeouts, timeouts: result.timeouts, non2xx: result.non2xx, badReply };
  const requests = result.requests.total;
  return {
    requests,
    seconds: result.duration,
    requestsPerSecond: Math.round(requests / result.duration),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    errors: errorDetail.connection + errorDetail.timeouts + errorDetail.non2xx + errorDetail.badReply,
    errorDetail,
  };
}
