"""Scores shards of a predictions file on Dask's distributed scheduler and merges them.

A LocalCluster on 127.0.0.1 (worker processes, no network beyond loopback) maps each shard to
`clipbench score SHARD --partial --shard-index K`, then `clipbench merge` combines the shards in the
order the futures complete (shuffled on purpose): the report must equal scoring the whole file at
once, byte for byte. Usage:

    python3 Scripts/distributed_merge_check.py CLIPBENCH PREDICTIONS SHARDS WORKDIR [FORMAT]

Exits 0 when the merged report equals the whole, 1 otherwise.
"""
import pathlib
import random
import subprocess
import sys

from dask.distributed import Client, LocalCluster, as_completed

COMMON = ["--name", "whole", "--bootstrap", "200", "--seed", "3"]


def score_shard(clipbench, dataset, shard, index, output):
    """Runs one shard on a worker; returns the partial file's path."""
    subprocess.run([clipbench, "score", shard, "--partial", "--shard-index", str(index), "-o", output, "--force",
                    "--dataset", dataset] + COMMON, check=True, capture_output=True)
    return output


def main():
    clipbench, predictions, shards, workdir = sys.argv[1], sys.argv[2], int(sys.argv[3]), pathlib.Path(sys.argv[4])
    report_format = sys.argv[5] if len(sys.argv) > 5 else "json"
    dataset = str(pathlib.Path.cwd())
    lines = pathlib.Path(predictions).read_text(encoding="utf-8").splitlines(keepends=True)
    # Shards of different sizes: the first gets one line, the rest share what is left.
    bounds = [0, 1] + [1 + (len(lines) - 1) * k // (shards - 1) for k in range(1, shards)]
    paths = []
    for index in range(shards):
        path = workdir / f"part-{index}.jsonl"
        path.write_text("".join(lines[bounds[index]:bounds[index + 1]]), encoding="utf-8")
        paths.append(str(path))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        futures = [client.submit(score_shard, clipbench, dataset, path, index, str(workdir / f"part-{index}.partial.json"),
                                 pure=False) for index, path in enumerate(paths)]
        partials = [future.result() for future in as_completed(futures)]
    random.Random(1).shuffle(partials)
    merged = subprocess.run([clipbench, "merge", *partials, "--format", report_format, "--dataset", dataset],
                            check=True, capture_output=True).stdout
    whole = subprocess.run([clipbench, "score", predictions, "--format", report_format, "--dataset", dataset] + COMMON,
                           check=True, capture_output=True).stdout
    if merged != whole:
        print(f"dask: the merged {report_format} report differs from scoring {predictions} at once", file=sys.stderr)
        return 1
    print(f"dask: {shards} shards on a LocalCluster merged into the whole {report_format} report, byte for byte")
    return 0


if __name__ == "__main__":
    sys.exit(main())
