// The fused window-attention compute kernels (attn_core.h), compiled once per ISA with
// `#pragma GCC target` and picked at run time (window_attention.cpp): setup.py builds with
// no -march flag, so the library stays loadable and correct on any x86-64 (and on other
// architectures only the baseline copy is built). No torch header here, on purpose (see
// attn_args.h).
#include <stddef.h>
#include <stdint.h>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include "attn_args.h"
#include "tps/index.h"

#ifndef TPS_CORE_AVX512
#define TPS_CORE_AVX512 0
#endif

#pragma GCC diagnostic ignored "-Wpsabi"
// GCC 12's AVX-512 intrinsics start from _mm512_undefined_*(), which -Wall reports as
// "'__Y' is used uninitialized" once inlined (GCC bug 105593, fixed in GCC 13).
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
// -std=c++20 (ISO) turns FMA contraction off; the GEMM and exp loops want fused multiply-add.
#pragma GCC optimize("fp-contract=fast")

namespace tps {
namespace cpu {

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#pragma GCC push_options
#pragma GCC target("avx512f,avx512bw,avx512vl,avx512dq,fma,f16c,bmi2")
#undef TPS_CORE_AVX512
#define TPS_CORE_AVX512 1  // attn_core.h may use AVX-512 intrinsics in this copy
// Functions using the AVX512-BF16 dot products carry this on top of the namespace's target.
#define TPS_BF16_TARGET \
  __attribute__((target("avx512f,avx512bw,avx512vl,avx512dq,avx512bf16,fma,f16c,bmi2")))
#define TPS_VEC_BYTES 64
#define TPS_VEC_REGS 32
namespace isa_avx512 {
#include "attn_core.h"
namespace hd32_f32 {  // head_dim 32 fast path, float32
#define TPS_HD32_BF16 0
#include "attn_hd32.h"
#undef TPS_HD32_BF16
}  // namespace hd32_f32
namespace hd32_bf16 {  // the same, bfloat16 (vdpbf16ps)
#define TPS_HD32_BF16 1
#include "attn_hd32.h"
#undef TPS_HD32_BF16
}  // namespace hd32_bf16
static void fwd_f32_avx512(const AttnArgs& a, int64_t begin, int64_t end, void* ws) {
  if (!hd32_f32::fwd(a, begin, end, ws)) fwd_impl<kF32, float>(a, begin, end, ws);
}
static const KernelSet& make_kernel_set_avx512(const char* isa) {
  static const KernelSet set = [isa] {
    KernelSet s = make_kernel_set(isa);
    s.fwd[kF32] = &fwd_f32_avx512;
    return s;
  }();
  return set;
}
#include "attn_bf16.h"
}  // namespace isa_avx512
#undef TPS_CORE_AVX512
#define TPS_CORE_AVX512 0
#undef TPS_VEC_BYTES
#undef TPS_VEC_REGS
#pragma GCC pop_options

#pragma GCC push_options
#pragma GCC target("avx2,fma,f16c,bmi2")
#define TPS_VEC_BYTES 32  // one ymm register, 16 of them
#define TPS_VEC_REGS 16
namespace isa_avx2 {
#include "attn_core.h"
}  // namespace isa_avx2
#undef TPS_VEC_BYTES
#undef TPS_VEC_REGS
#pragma GCC pop_options

const KernelSet& kernels_avx512() { return isa_avx512::make_kernel_set_avx512("avx512"); }
const KernelSet& kernels_avx512_bf16() {
  return isa_avx512::make_kernel_set_bf16("avx512bf16");
}
const KernelSet& kernels_avx2() { return isa_avx2::make_kernel_set("avx2"); }
#endif

#define TPS_VEC_BYTES 16  // SSE2 / NEON q registers
#define TPS_VEC_REGS 16
namespace isa_generic {
#include "attn_core.h"
}  // namespace isa_generic
#undef TPS_VEC_BYTES
#undef TPS_VEC_REGS

const KernelSet& kernels_generic() { return isa_generic::make_kernel_set("generic"); }

#if !(defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__))
const KernelSet& kernels_avx512() { return kernels_generic(); }
const KernelSet& kernels_avx512_bf16() { return kernels_generic(); }
const KernelSet& kernels_avx2() { return kernels_generic(); }
#endif

}  // namespace cpu
}  // namespace tps
