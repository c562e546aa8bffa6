// AVX-512 kernels (F/BW/VL/DQ + FMA; Skylake-SP, Ice Lake, Zen 4): 64-byte vectors, 32 zmm
// registers, the head_dim-32 float32 fast path (attn_hd32.h); and the AVX512-BF16 set: the
// same kernels with the vdpbf16ps bfloat16 forward (attn_bf16.h, attn_hd32.h) swapped in.
#include "kernel_unit.h"

namespace tps {
namespace cpu {

#if TPS_X86_GCC
#pragma GCC push_options
#if TPS_AVX512_EMULATED
// avx512_emulated.cpp: these kernels with SIMDe's AVX-512 intrinsics, on AVX2 (tests)
#pragma GCC target("avx2,fma,f16c,bmi2")
#define TPS_BF16_TARGET
#define isa_avx512 isa_avx512_emulated
#define kIsaAvx512 kIsaAvx512Emulated
#define kIsaAvx512Bf16 kIsaAvx512Bf16Emulated
#define TPS_ISA_NAME(name) name "_emulated"
#define TPS_ISA_NEEDS(features) "AVX2/FMA/F16C/BMI2 (" features " emulated)"
#else
#pragma GCC target("avx512f,avx512bw,avx512vl,avx512dq,fma,f16c,bmi2")
// Functions using the AVX512-BF16 dot products carry this on top of the file's target.
#define TPS_BF16_TARGET \
  __attribute__((target("avx512f,avx512bw,avx512vl,avx512dq,avx512bf16,fma,f16c,bmi2")))
#define TPS_ISA_NAME(name) name
#define TPS_ISA_NEEDS(features) features
#endif
#undef TPS_CORE_AVX512
#define TPS_CORE_AVX512 1
#define TPS_VEC_BYTES 64
#define TPS_VEC_REGS 32
#define TPS_FWD_ROWS 0  // the head_dim-32 fast path below instead
namespace isa_avx512 {
#include "../attn_core.h"
namespace hd32_f32 {  // head_dim 32 fast path, float32
#define TPS_HD32_BF16 0
#include "../attn_hd32.h"
#undef TPS_HD32_BF16
}  // namespace hd32_f32
namespace hd32_bf16 {  // the same, bfloat16 (vdpbf16ps)
#define TPS_HD32_BF16 1
#include "../attn_hd32.h"
#undef TPS_HD32_BF16
}  // namespace hd32_bf16
namespace hd32_bf16_f32 {  // bfloat16 storage, float32 FMA (AVX-512 without BF16)
#define TPS_HD32_BF16 2
#include "../attn_hd32.h"
#undef TPS_HD32_BF16
}  // namespace hd32_bf16_f32
static void fwd_f32_avx512(const CpuAttnArgs& a, int64_t begin, int64_t end, void* ws) {
  if (!hd32_f32::fwd(a, begin, end, ws)) fwd_impl<kF32, float>(a, begin, end, ws);
}
static void fwd_bf16_avx512(const CpuAttnArgs& a, int64_t begin, int64_t end, void* ws) {
  if (!hd32_bf16_f32::fwd(a, begin, end, ws)) fwd_impl<kBF16, float>(a, begin, end, ws);
}
static const KernelSet& make_kernel_set_avx512(const char* isa) {
  static const KernelSet set = [isa] {
    KernelSet s = make_kernel_set(isa);
    s.fwd[kF32] = &fwd_f32_avx512;
    s.fwd[kBF16] = &fwd_bf16_avx512;
    return s;
  }();
  return set;
}
#include "../attn_bf16.h"

#if TPS_AVX512_EMULATED
// what the emulation compiles for (avx2.cpp's check); TPS_CPU_ISA alone selects it
static bool supported() { return kIsaAvx2.supported(); }
static bool supported_bf16() { return supported(); }
#else
static bool supported() {
  return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
         __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512dq") &&
         __builtin_cpu_supports("fma") && __builtin_cpu_supports("f16c") &&
         __builtin_cpu_supports("bmi2");
}
static bool supported_bf16() { return supported() && __builtin_cpu_supports("avx512bf16"); }
#endif
static const KernelSet& kernels() { return make_kernel_set_avx512(TPS_ISA_NAME("avx512")); }
static const KernelSet& kernels_bf16() { return make_kernel_set_bf16(TPS_ISA_NAME("avx512bf16")); }
}  // namespace isa_avx512
#pragma GCC pop_options
const Isa kIsaAvx512 = {TPS_ISA_NAME("avx512"), TPS_ISA_NEEDS("AVX-512 F/BW/VL/DQ"),
                        &isa_avx512::supported, &isa_avx512::kernels};
const Isa kIsaAvx512Bf16 = {TPS_ISA_NAME("avx512bf16"), TPS_ISA_NEEDS("AVX512-BF16"),
                            &isa_avx512::supported_bf16, &isa_avx512::kernels_bf16};
#else
static bool unsupported() { return false; }
const Isa kIsaAvx512 = {"avx512", "an x86-64 CPU with AVX-512", &unsupported, nullptr};
const Isa kIsaAvx512Bf16 = {"avx512bf16", "an x86-64 CPU with AVX512-BF16", &unsupported, nullptr};
#endif

}  // namespace cpu
}  // namespace tps
