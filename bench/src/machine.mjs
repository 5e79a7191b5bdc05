// The machine the figures were taken on, for RESULTS.md: numbers from a 2-core shared VM and
// from a laptop are not comparable, so every report says which it was.
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';

export function describeMachine() {
  return {
    cores: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: totalmem() / 1024 ** 3,
    kernel: release(),
    node: process.version,
    loadAverage: loadavg()
      .map((value) => value.toFixed(2))
      .join(' / '),
  };
}
