// AVX2 + FMA kernels (x86-64 since Haswell / Zen): 32-byte vectors, 16 ymm registers.
#include "kernel_unit.h"

namespace tps {
namespace cpu {

#if TPS_X86_GCC
#pragma GCC push_options
#pragma GCC target("avx2,fma,f16c,bmi2")
#define TPS_VEC_BYTES 32
#define TPS_VEC_REGS 16
namespace isa_avx2 {
#include "../attn_core.h"

static bool supported() {
  return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") &&
         __builtin_cpu_supports("f16c") && __builtin_cpu_supports("bmi2");
}
static const KernelSet& kernels() { return make_kernel_set("avx2"); }
}  // namespace isa_avx2
#pragma GCC pop_options
const Isa kIsaAvx2 = {"avx2", "AVX2/FMA/F16C/BMI2", &isa_avx2::supported, &isa_avx2::kernels};
#else
static bool unsupported() { return false; }
const Isa kIsaAvx2 = {"avx2", "an x86-64 CPU with AVX2/FMA/F16C/BMI2", &unsupported, nullptr};
#endif

}  // namespace cpu
}  // namespace tps
