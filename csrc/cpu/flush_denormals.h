// FlushDenormals: while alive, this thread's floating-point unit flushes denormal results to
// zero and reads denormal operands as zero (x86 MXCSR FTZ + DAZ, Arm FPCR.FZ), restored after.
// Why: the softmax of a masked score (Swin's -100 mask) underflows to denormal floats, and
// Intel cores handle every operation on them in microcode assists, roughly 100x slower (AMD
// cores at full speed); results change only in magnitudes below FLT_MIN / DBL_MIN.
#pragma once
#include <stdint.h>

#if defined(__x86_64__) || defined(_M_X64)
#include <xmmintrin.h>
#endif

namespace tps {
namespace cpu {

class FlushDenormals {
 public:
#if defined(__x86_64__) || defined(_M_X64)
  FlushDenormals() : saved_(_mm_getcsr()) { _mm_setcsr(saved_ | 0x8040u); }  // FTZ | DAZ
  ~FlushDenormals() { _mm_setcsr(saved_); }

 private:
  unsigned int saved_;
#elif defined(__aarch64__) && defined(__GNUC__)
  FlushDenormals() {
    __asm__ __volatile__("mrs %0, fpcr" : "=r"(saved_));
    const uint64_t fz = saved_ | (uint64_t{1} << 24);
    __asm__ __volatile__("msr fpcr, %0" : : "r"(fz));
  }
  ~FlushDenormals() { __asm__ __volatile__("msr fpcr, %0" : : "r"(saved_)); }

 private:
  uint64_t saved_;
#else
  FlushDenormals() {}
#endif
  FlushDenormals(const FlushDenormals&) = delete;
  FlushDenormals& operator=(const FlushDenormals&) = delete;
};

}  // namespace cpu
}  // namespace tps
