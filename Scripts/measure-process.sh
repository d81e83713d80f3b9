# Sourced by Scripts/benchmark-cli.sh and Scripts/memory-profile.sh (they set `root`, the repository, and
# `work`, a scratch folder).
#
# release_binary NAME: sets `bin` to $CLIPBENCH_BIN, else to the release build's clipbench, built first
# unless SKIP_BUILD is set; exits naming NAME when there is no such binary.
release_binary() {
    if [ -n "${CLIPBENCH_BIN:-}" ]; then
        bin="$CLIPBENCH_BIN"
    else
        [ -n "${SKIP_BUILD:-}" ] || (cd "$root" && swift build -c release --product clipbench >&2)
        bin="$(cd "$root" && swift build -c release --show-bin-path)/clipbench"
    fi
    [ -x "$bin" ] || { echo "$1: no release binary at $bin" >&2; exit 1; }
}

# measure COMMAND…: runs COMMAND under GNU time (/usr/bin/time -v), its standard output discarded, and
# prints "wall  CPU  peak-RSS" from GNU time's report; a failed COMMAND is reported and returns its status.
measure() {
    local log="$work/time.log" status=0
    /usr/bin/time -v -o "$log" "$@" > /dev/null || status=$?
    if [ "$status" -ne 0 ]; then
        echo "measure: exit status $status: $*" >&2
        return "$status"
    fi
    local wall rss user system
    wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")"
    rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")"
    user="$(sed -n 's/.*User time (seconds): //p' "$log")"
    system="$(sed -n 's/.*System time (seconds): //p' "$log")"
    # CPU time beside wall time: on a shared machine it varies less with the other load.
    printf '%-10s %8.1f s %8.1f MB' "$wall" "$(echo "$user + $system" | bc -l)" "$(echo "$rss / 1024" | bc -l)"
}
