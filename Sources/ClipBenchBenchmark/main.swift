// Benchmarks land here (see issue 3).
print("no benchmarks yet")
