// The AVX-512 intrinsics of avx512.cpp for a CPU without AVX-512 (avx512_emulated.cpp, a test
// build): SIMDe's portable implementations (third_party/simde, under their usual names),
// plus the two AVX512-BF16 conversions SIMDe lacks. For checking the AVX-512 kernels' logic
// where no such CPU is at hand; nothing here is fast.
#pragma once
#define SIMDE_ENABLE_NATIVE_ALIASES
#include <simde/x86/avx512/add.h>
#include <simde/x86/avx512/cast.h>
#include <simde/x86/avx512/cmp.h>
#include <simde/x86/avx512/cvt.h>
#include <simde/x86/avx512/dpbf16.h>
#include <simde/x86/avx512/extract.h>
#include <simde/x86/avx512/fmadd.h>
#include <simde/x86/avx512/loadu.h>
#include <simde/x86/avx512/max.h>
#include <simde/x86/avx512/mov.h>
#include <simde/x86/avx512/mul.h>
#include <simde/x86/avx512/or.h>
#include <simde/x86/avx512/permutex2var.h>
#include <simde/x86/avx512/roundscale.h>
#include <simde/x86/avx512/scalef.h>
#include <simde/x86/avx512/set.h>
#include <simde/x86/avx512/set1.h>
#include <simde/x86/avx512/setzero.h>
#include <simde/x86/avx512/shuffle.h>
#include <simde/x86/avx512/slli.h>
#include <simde/x86/avx512/storeu.h>
#include <simde/x86/avx512/sub.h>
#include <simde/x86/avx512/unpackhi.h>
#include <simde/x86/avx512/unpacklo.h>

namespace tps {
namespace cpu {
namespace avx512_emulation {
// VCVTNE2PS2BF16 / VCVTNEPS2BF16 per lane (Intel SDM): NaN -> quiet NaN, denormal -> signed
// zero, otherwise round to nearest even.
inline uint16_t cvtne_bf16(float f) {
  uint32_t u;
  __builtin_memcpy(&u, &f, 4);
  if ((u & 0x7fffffffu) > 0x7f800000u) return (uint16_t)((u >> 16) | 0x40u);
  if ((u & 0x7f800000u) == 0) return (uint16_t)((u >> 16) & 0x8000u);
  return (uint16_t)((u + 0x7fffu + ((u >> 16) & 1u)) >> 16);
}
}  // namespace avx512_emulation
}  // namespace cpu
}  // namespace tps

// bf16 lanes 0..15 from b, 16..31 from a
static inline __m512bh _mm512_cvtne2ps_pbh(__m512 a, __m512 b) {
  float fa[16], fb[16];
  uint16_t r[32];
  _mm512_storeu_ps(fa, a);
  _mm512_storeu_ps(fb, b);
  for (int i = 0; i < 16; ++i) {
    r[i] = tps::cpu::avx512_emulation::cvtne_bf16(fb[i]);
    r[16 + i] = tps::cpu::avx512_emulation::cvtne_bf16(fa[i]);
  }
  __m512bh out;
  __builtin_memcpy(&out, r, 64);
  return out;
}
static inline __m256bh _mm512_cvtneps_pbh(__m512 a) {
  float fa[16];
  uint16_t r[16];
  _mm512_storeu_ps(fa, a);
  for (int i = 0; i < 16; ++i) r[i] = tps::cpu::avx512_emulation::cvtne_bf16(fa[i]);
  __m256bh out;
  __builtin_memcpy(&out, r, 32);
  return out;
}
