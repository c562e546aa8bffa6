// Test builds only (setup.py with TPS_AVX512_EMULATION=1 defines TPS_WITH_AVX512_EMULATION):
// avx512.cpp's kernels, the same source, with SIMDe's AVX-512 intrinsics compiled for AVX2,
// as the ISAs "avx512_emulated" and "avx512bf16_emulated" (TPS_CPU_ISA selects them; never
// chosen by default). The tests run them where the CPU has no AVX-512. Empty otherwise.
#if TPS_WITH_AVX512_EMULATION
#include "kernel_unit.h"
#pragma GCC push_options
#pragma GCC target("avx2,fma,f16c,bmi2")  // SIMDe's 512-bit operations as pairs of AVX2 ones
#include "avx512_emulation.h"
#pragma GCC pop_options
#define TPS_AVX512_EMULATED 1
#include "avx512.cpp"
#endif
