// The entry point of libFuzzer's driver (linked in by -sanitize=fuzzer), for a fuzz target with a main of its own.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test_one_input)(const uint8_t *data, size_t size));
