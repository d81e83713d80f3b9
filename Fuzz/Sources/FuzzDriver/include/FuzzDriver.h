#ifndef CLIPBENCH_FUZZ_DRIVER_H
#define CLIPBENCH_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry for programs that have their own `main` (SwiftPM gives every executable
/// one): parses libFuzzer's options from the command line and fuzzes `callback`. Linked in by
/// `-sanitize=fuzzer`.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
