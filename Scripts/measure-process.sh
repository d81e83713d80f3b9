# Sourced by Scripts/benchmark-cli.sh and Scripts/memory-profile.sh (they set `work`, a scratch folder).
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
