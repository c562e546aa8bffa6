// Compute kernels of the fused window attention, written once with GCC vector extensions
// and included by the per-ISA files (csrc/cpu/isa/*.cpp) inside one namespace per ISA, each
// under its own `#pragma GCC target`. The includer defines TPS_VEC_BYTES, the vector width
// of its ISA (64: one zmm; 32: one ymm; 16: one xmm / NEON q register), and TPS_VEC_REGS,
// its number of vector registers (32 or 16), which sizes the GEMM register blocks: vectors
// wider than the machine's, or blocks larger than its register file, compile to stack
// spills and element inserts. No include guard on purpose. Everything here is
// `static inline` (internal linkage).
//
// Per work item (window w, head h): gather q/k/v rows through tps::source_row (roll,
// partition and patch shift are index math), S = (scale q) k^T + bias (+ mask), row
// softmax with saved logsumexp, O = P v, write O rows back to their source rows.
// Backward recomputes P from lse (or from scratch in float64 for exactness).

#if !defined(TPS_VEC_BYTES) || !defined(TPS_VEC_REGS)
#error "define TPS_VEC_BYTES and TPS_VEC_REGS before including attn_core.h"
#endif
// Small vector helpers called in the hot loops: GCC's size heuristics otherwise keep vexp and
// the GEMM blocks out of line (a call per 8 lanes, no interleaving of independent calls).
#ifndef TPS_ALWAYS_INLINE
#define TPS_ALWAYS_INLINE inline __attribute__((always_inline))
#endif
#ifndef TPS_FWD_ROWS
#define TPS_FWD_ROWS 1  // forward with the scores in registers (fwd_float); 0: general only
#endif

template <class T>
struct VT;
template <>
struct VT<float> {
  typedef float V __attribute__((vector_size(TPS_VEC_BYTES)));
  typedef int32_t I __attribute__((vector_size(TPS_VEC_BYTES)));
  static constexpr int L = TPS_VEC_BYTES / 4;
};
template <>
struct VT<double> {
  typedef double V __attribute__((vector_size(TPS_VEC_BYTES)));
  typedef int64_t I __attribute__((vector_size(TPS_VEC_BYTES)));
  static constexpr int L = TPS_VEC_BYTES / 8;
};

template <class V, class T>
static inline V vload(const T* p) {
  V v;
  __builtin_memcpy(&v, p, sizeof(V));
  return v;
}
template <class V, class T>
static inline void vstore(T* p, V v) {
  __builtin_memcpy(p, &v, sizeof(V));
}
// Broadcast. `s - 0` (not `0 + s`, which is not an identity for s = -0.0) folds to a
// plain broadcast, which the GEMMs turn into FMAs with an embedded-broadcast operand.
template <class V, class T>
static inline V vset1(T s) {
  return s - V{};
}

// ---- storage <-> compute conversions -------------------------------------------------
static inline float bf16_to_f32(uint16_t b) {
  uint32_t u = (uint32_t)b << 16;
  float f;
  __builtin_memcpy(&f, &u, 4);
  return f;
}
static inline uint16_t f32_to_bf16(float f) {  // round to nearest even, NaN kept
  uint32_t u;
  __builtin_memcpy(&u, &f, 4);
  if ((u & 0x7fffffffu) > 0x7f800000u) return 0x7fc0;
  u += 0x7fffu + ((u >> 16) & 1u);
  return (uint16_t)(u >> 16);
}
static inline float f16_to_f32(uint16_t b) {
  _Float16 h;
  __builtin_memcpy(&h, &b, 2);
  return (float)h;
}
static inline uint16_t f32_to_f16(float f) {
  _Float16 h = (_Float16)f;
  uint16_t b;
  __builtin_memcpy(&b, &h, 2);
  return b;
}

template <int IN, class T>
struct Storage;
template <class T>
struct Storage<kF32, T> {
  typedef float S;
  static inline T ld(const S* p, int64_t i) { return (T)p[i]; }
  static inline void st(S* p, int64_t i, T v) { p[i] = (float)v; }
};
template <class T>
struct Storage<kF64, T> {
  typedef double S;
  static inline T ld(const S* p, int64_t i) { return (T)p[i]; }
  static inline void st(S* p, int64_t i, T v) { p[i] = (double)v; }
};
template <class T>
struct Storage<kBF16, T> {
  typedef uint16_t S;
  static inline T ld(const S* p, int64_t i) { return (T)bf16_to_f32(p[i]); }
  static inline void st(S* p, int64_t i, T v) { p[i] = f32_to_bf16((float)v); }
};
template <class T>
struct Storage<kF16, T> {
  typedef uint16_t S;
  static inline T ld(const S* p, int64_t i) { return (T)f16_to_f32(p[i]); }
  static inline void st(S* p, int64_t i, T v) { p[i] = f32_to_f16((float)v); }
};

// L consecutive stored elements as a float vector.
template <int IN, class S>
static TPS_ALWAYS_INLINE VT<float>::V vload_float(const S* p) {
  typedef VT<float>::V V;
  constexpr int L = VT<float>::L;
  if constexpr (IN == kF32) {
    return vload<V>(p);
  } else if constexpr (IN == kBF16) {  // bf16 = the high half of a float32
    typedef uint16_t U __attribute__((vector_size(2 * L)));
    const VT<float>::I bits = __builtin_convertvector(vload<U>(p), VT<float>::I) << 16;
    V v;
    __builtin_memcpy(&v, &bits, sizeof(V));
    return v;
  } else {
    static_assert(IN == kF16, "vload_float: float32, bfloat16 or float16 storage");
    typedef _Float16 H __attribute__((vector_size(2 * L)));
    return __builtin_convertvector(vload<H>(p), V);
  }
}

// Stores x at p; STREAM: a non-temporal store (64, 32 or 16 bytes, aligned to that): rows
// written once and read by the next op bypass the cache instead of first reading each line in
// (measured: 7% of the 7x7 forward on AVX2). Weakly ordered: stream_fence() before returning.
template <bool STREAM, class X>
static TPS_ALWAYS_INLINE void put(void* p, X x) {
#if defined(__x86_64__) && defined(__GNUC__)
  if constexpr (STREAM && sizeof(X) == 64) {  // two halves: one line, combined by the CPU
    typedef float F16 __attribute__((vector_size(64)));
    typedef float F8 __attribute__((vector_size(32)));
    F16 v;
    __builtin_memcpy(&v, &x, 64);  // halves by shuffles: a memcpy to F8[2] went via the stack
    __builtin_ia32_movntps256((float*)p, __builtin_shufflevector(v, v, 0, 1, 2, 3, 4, 5, 6, 7));
    __builtin_ia32_movntps256((float*)p + 8,
                              __builtin_shufflevector(v, v, 8, 9, 10, 11, 12, 13, 14, 15));
    return;
  } else if constexpr (STREAM && sizeof(X) == 32) {
    typedef float F8 __attribute__((vector_size(32)));
    F8 t;
    __builtin_memcpy(&t, &x, 32);
    __builtin_ia32_movntps256((float*)p, t);
    return;
  } else if constexpr (STREAM && sizeof(X) == 16) {
    typedef long long Q2 __attribute__((vector_size(16)));
    Q2 t;
    __builtin_memcpy(&t, &x, 16);
    __builtin_ia32_movntdq((Q2*)p, t);
    return;
  }
#endif
  vstore(p, x);  // elsewhere plain stores (a NEON path would add its own branch above)
}

// Round to nearest even at bf16's 8 significant bits; NaN becomes bf16's quiet NaN (0x7fc0),
// as c10::BFloat16 does.
static TPS_ALWAYS_INLINE VT<float>::V vround_bf16(VT<float>::V v) {
  typedef VT<float>::V V;
  typedef uint32_t U __attribute__((vector_size(sizeof(V))));
  U u;
  __builtin_memcpy(&u, &v, sizeof(U));
  u = (u + 0x7fffu + ((u >> 16) & 1u)) & 0xffff0000u;
  V r;
  __builtin_memcpy(&r, &u, sizeof(U));
  return v != v ? vset1<V>(__builtin_nanf("")) : r;
}

// Stores a float vector as L consecutive elements (bf16: round to nearest even, NaN kept).
template <int IN, bool STREAM = false, class S>
static TPS_ALWAYS_INLINE void vstore_float(S* p, VT<float>::V v) {
  constexpr int L = VT<float>::L;
  if constexpr (IN == kF32) {
    put<STREAM>(p, v);
  } else if constexpr (IN == kBF16) {
    typedef uint16_t U __attribute__((vector_size(2 * L)));
    typedef uint32_t W __attribute__((vector_size(4 * L)));
    W u;
    v = vround_bf16(v);
    __builtin_memcpy(&u, &v, sizeof(W));
    put<STREAM>(p, __builtin_convertvector(u >> 16, U));
  } else {
    static_assert(IN == kF16, "vstore_float: float32, bfloat16 or float16 storage");
    typedef _Float16 H __attribute__((vector_size(2 * L)));
    put<STREAM>(p, __builtin_convertvector(v, H));
  }
}

// Whether a row of d elements at dst can go out as vstore_float<IN, true> (8- or 16-lane
// vectors: 32 / 64 bytes of float32 or 16 / 32 of bf16 / fp16, aligned to that).
template <int IN, class S>
static TPS_ALWAYS_INLINE bool can_stream(const S* dst, int64_t d) {
  constexpr int L = VT<float>::L;
  return IN != kF64 && (L == 8 || L == 16) && d % L == 0 && (uintptr_t)dst % (L * sizeof(S)) == 0;
}
static TPS_ALWAYS_INLINE void stream_fence() {
#if defined(__x86_64__) && defined(__GNUC__)
  __builtin_ia32_sfence();
#endif
}

// ---- exp --------------------------------------------------------------------------------
// y 2^n for rr = 1.5 2^23 + n (n in the low mantissa bits of rr): n added to y's exponent
// field, which equals the product y 2^n where that is a normal number (the exps' domain:
// n >= -126 and, at n = -126, y >= 1). Two integer ops instead of a float -> int
// conversion, an add, a shift and a multiply.
static TPS_ALWAYS_INLINE VT<float>::V scale_pow2(VT<float>::V y, VT<float>::V rr) {
  typedef uint32_t U __attribute__((vector_size(sizeof(VT<float>::V))));
  U yb, nb;
  __builtin_memcpy(&yb, &y, sizeof(y));
  __builtin_memcpy(&nb, &rr, sizeof(rr));
  yb += nb << 23;  // the bits above the 9 low ones of n's field shift out
  __builtin_memcpy(&y, &yb, sizeof(y));
  return y;
}

// 2^t for t <= 0 (0 below -126, incl. -inf; NaN kept): t = n + f, n = round(t), f in
// [-0.5, 0.5], 2^f by a minimax polynomial, 2^n added to its exponent field; no range
// reduction in two parts (Cody-Waite): 11 vector ops where the Cephes exp took 18. Degree 5
// (rel. error 2.3e-7, the AVX-512 kernels' exp2, as accurate as Cephes' exp), or 4 with LOW
// (2.7e-6: bfloat16 probabilities, rounded to 4e-3 anyway).
template <bool LOW = false>
static TPS_ALWAYS_INLINE VT<float>::V vexp2(VT<float>::V t) {
  typedef VT<float>::V V;
  typedef VT<float>::I I;
  const I tiny = t < -126.0f;
  const V rr = t + 12582912.0f;  // 1.5 2^23 + round(t): the integer in the low mantissa bits
  const V f = t - (rr - 12582912.0f);
  V p;
  if constexpr (LOW) {
    p = vset1<V>(9.570101276e-3f);
    p = p * f + 5.591786280e-2f;
    p = p * f + 2.402474433e-1f;
    p = p * f + 6.931217909e-1f;
    p = p * f + 9.999992847e-1f;
  } else {
    p = vset1<V>(1.327647129e-3f);
    p = p * f + 9.675541893e-3f;
    p = p * f + 5.550713092e-2f;
    p = p * f + 2.402212024e-1f;
    p = p * f + 6.931469440e-1f;
    p = p * f + 1.000000119e+0f;
  }
  return tiny ? vset1<V>(0.0f) : scale_pow2(p, rr);
}

// exp(x) for x <= 0 (callers pass s - max or s - lse), 0 below -87.3 (incl. -inf padding).
constexpr float kLog2e = 1.44269504088896341f;
static TPS_ALWAYS_INLINE VT<float>::V vexp(VT<float>::V x) { return vexp2(x * kLog2e); }
static TPS_ALWAYS_INLINE VT<float>::V vexp_fast(VT<float>::V x) { return vexp2<true>(x * kLog2e); }
// exp(x - m) as 2^(x log2(e) - m log2(e)): one FMA for the subtract and the multiply; a
// rounding error of m log2(e) scales a whole row alike, which its normalization cancels.
static TPS_ALWAYS_INLINE VT<float>::V vexp_minus(VT<float>::V x, float m) {
  return vexp2(x * kLog2e - vset1<VT<float>::V>(m * kLog2e));
}

// float log for x >= 1 (row sums of exp(s - max)): Cephes-style, rel. error ~1e-7.
static TPS_ALWAYS_INLINE VT<float>::V vlog(VT<float>::V x) {
  typedef VT<float>::V V;
  typedef VT<float>::I I;
  I bits;
  __builtin_memcpy(&bits, &x, sizeof(V));
  I e = ((bits >> 23) & 0xff) - 126;
  const I mb = (bits & 0x007fffff) | 0x3f000000;  // mantissa in [0.5, 1)
  V m;
  __builtin_memcpy(&m, &mb, sizeof(V));
  const I small = m < 0.707106781186547524f;
  e = small ? e - 1 : e;
  m = small ? m + m - 1.0f : m - 1.0f;
  const V ef = __builtin_convertvector(e, V);
  const V z = m * m;
  V y = vset1<V>(7.0376836292E-2f);
  y = y * m - 1.1514610310E-1f;
  y = y * m + 1.1676998740E-1f;
  y = y * m - 1.2420140846E-1f;
  y = y * m + 1.4249322787E-1f;
  y = y * m - 1.6668057665E-1f;
  y = y * m + 2.0000714765E-1f;
  y = y * m - 2.4999993993E-1f;
  y = y * m + 3.3333331174E-1f;
  y = y * m * z;
  y = y + ef * -2.12194440e-4f;
  y = y - 0.5f * z;
  return m + y + ef * 0.693359375f;
}
static inline VT<double>::V vlog(VT<double>::V x) {
  VT<double>::V r;
  for (int l = 0; l < VT<double>::L; ++l) r[l] = __builtin_log(x[l]);
  return r;
}

// After a head's softmax rows stored their max in rowm and sum in rowv: lse = max + log(sum)
// and rowv = 1 / sum, vectorized over rows (a per-row log / divide is a latency chain).
template <class T>
static inline void finish_rows(T* rowm, T* rowv, int64_t n, int64_t np, float* lse) {
  typedef typename VT<T>::V V;
  constexpr int L = VT<T>::L;
  for (int64_t i = n; i < np; ++i) {
    rowv[i] = 1;
    rowm[i] = 0;
  }
  for (int64_t i = 0; i < np; i += L) {
    const V t = vload<V>(rowv + i);
    const V l = vload<V>(rowm + i) + vlog(t);
    vstore(rowv + i, (T)1 / t);
    const int64_t cnt = n - i < L ? n - i : L;
    for (int64_t k = 0; k < cnt; ++k) lse[i + k] = (float)l[k];
  }
}

// double: exact libm per lane (the float64 path exists for gradcheck, not for speed).
static inline VT<double>::V vexp(VT<double>::V x) {
  VT<double>::V r;
  for (int l = 0; l < VT<double>::L; ++l) r[l] = __builtin_exp(x[l]);
  return r;
}
static inline VT<double>::V vexp_minus(VT<double>::V x, double m) { return vexp(x - m); }

// Horizontal max / sum by halving (lane l meets lane l + L/2, then l + L/4, ...): a fixed
// order (deterministic), the same tree at every vector width, in registers (a loop over a
// lane array would go through the stack).
template <class T, bool IS_MAX, class V>
static inline T hreduce(V v) {
  if constexpr (sizeof(V) == 2 * sizeof(T)) {
    return IS_MAX ? (v[0] > v[1] ? v[0] : v[1]) : v[0] + v[1];
  } else {
    typedef T H __attribute__((vector_size(sizeof(V) / 2)));
    H lo, hi;
    __builtin_memcpy(&lo, &v, sizeof(H));
    __builtin_memcpy(&hi, (const char*)&v + sizeof(H), sizeof(H));
    return hreduce<T, IS_MAX>(IS_MAX ? (lo > hi ? lo : hi) : lo + hi);
  }
}
#if TPS_CORE_AVX512
// hreduce's tree (lane l meets l + 8, l + 4, l + 2, then lane 0 meets 1) on the halves in
// registers: GCC spilled hreduce's 64-byte vector to the stack to split it, a store-forwarding
// stall per softmax row.
template <bool IS_MAX>
static inline float hreduce16(VT<float>::V v) {
  __m512 x;
  __builtin_memcpy(&x, &v, 64);
  auto op8 = [](__m256 a, __m256 b) { return IS_MAX ? _mm256_max_ps(a, b) : _mm256_add_ps(a, b); };
  auto op4 = [](__m128 a, __m128 b) { return IS_MAX ? _mm_max_ps(a, b) : _mm_add_ps(a, b); };
  const __m256 h = op8(_mm512_castps512_ps256(x), _mm512_extractf32x8_ps(x, 1));
  const __m128 q = op4(_mm256_castps256_ps128(h), _mm256_extractf128_ps(h, 1));
  const __m128 p = op4(q, _mm_movehl_ps(q, q));
  return _mm_cvtss_f32(op4(p, _mm_movehdup_ps(p)));
}
static inline float hmax(VT<float>::V v) { return hreduce16<true>(v); }
static inline float hsum(VT<float>::V v) { return hreduce16<false>(v); }
#else
static inline float hmax(VT<float>::V v) { return hreduce<float, true>(v); }
static inline float hsum(VT<float>::V v) { return hreduce<float, false>(v); }
#endif
static inline double hmax(VT<double>::V v) { return hreduce<double, true>(v); }
static inline double hsum(VT<double>::V v) { return hreduce<double, false>(v); }

// x . y over len elements, len a multiple of L (rows padded with zeros): the 7 x 7 window's
// last key, kept out of the GEMM vectors, forward and backward.
template <class T>
static TPS_ALWAYS_INLINE T vdot(const T* x, const T* y, int64_t len) {
  typedef typename VT<T>::V V;
  constexpr int L = VT<T>::L;
  V t = V{};
  for (int64_t k = 0; k < len; k += L) t += vload<V>(x + k) * vload<V>(y + k);
  return hsum(t);
}

// ---- small GEMM: C[0:M, 0:NV*L] (+)= A[0:M, 0:K] B[0:K, 0:NV*L] ------------------------
// (acc: C += A B, the backward's dV^T, dK^T summed over query-row blocks; else C = A B.)
// A element (r, k) at A[r * ars + k * acs] (ars = lda, acs = 1: row-major; ars = 1,
// acs = lda: A is read transposed, so P^T dO and dS^T q need no explicit transpose);
// scalars of A are broadcast, B rows are vectors; M a multiple of 4. Register block
// 4 rows x CB vectors: 4 x CB accumulators + CB rows of B + 1 broadcast must fit the
// register file (kMaxCB: 4 with 32 registers; 2 with 16, where a 4 x 3 block would fill all
// 16 and measured slower on the window shapes: docs/benchmarks.md).
constexpr int kMaxCB = TPS_VEC_REGS >= 32 ? 4 : 2;

template <class T, int CB, int R = 4>
static TPS_ALWAYS_INLINE void gemm_block(const T* A, int64_t ars, int64_t acs, const T* B,
                                         int64_t ldb, T* C, int64_t ldc, int64_t K,
                                         bool acc = false) {
  typedef typename VT<T>::V V;
  constexpr int L = VT<T>::L;
  V c[R][CB];
  for (int r = 0; r < R; ++r)
    for (int j = 0; j < CB; ++j) c[r][j] = acc ? vload<V>(C + r * ldc + j * L) : V{};
  for (int64_t k = 0; k < K; ++k) {
    V b[CB];
    for (int j = 0; j < CB; ++j) b[j] = vload<V>(B + k * ldb + j * L);
    for (int r = 0; r < R; ++r) {
      const V a = vset1<V>(A[r * ars + k * acs]);
      for (int j = 0; j < CB; ++j) c[r][j] += a * b[j];
    }
  }
  for (int r = 0; r < R; ++r)
    for (int j = 0; j < CB; ++j) vstore(C + r * ldc + j * L, c[r][j]);
}

// One panel of CB column vectors of C against every block of R rows of A.
template <class T, int CB, int R = 4>
static TPS_ALWAYS_INLINE void gemm_panel(const T* A, int64_t ars, int64_t acs, const T* B,
                                         int64_t ldb, T* C, int64_t ldc, int64_t M, int64_t K,
                                         bool acc) {
  for (int64_t m = 0; m < M; m += R)
    gemm_block<T, CB, R>(A + m * ars, ars, acs, B, ldb, C + m * ldc, ldc, K, acc);
}

template <class T>
static inline void gemm_strided(const T* A, int64_t ars, int64_t acs, const T* B, int64_t ldb, T* C,
                                int64_t ldc, int64_t M, int64_t K, int64_t NV, bool acc = false) {
  constexpr int L = VT<T>::L;
  // A last lone vector of columns (NV % kMaxCB == 1: 7 vectors of keys on 8 lanes) runs as
  // 8 x 1 blocks where M allows: a 4 x 1 block has 4 FMA chains, too few to hide their latency.
  const int64_t nv = NV % kMaxCB == 1 && M % 8 == 0 ? NV - 1 : NV;
  // Panels outermost: a panel of B stays in L1 while it meets every row of A.
  for (int64_t j = 0; j < nv; j += kMaxCB) {
    const T* b = B + j * L;
    T* c = C + j * L;
    switch (nv - j < kMaxCB ? nv - j : kMaxCB) {
      case 4:
        gemm_panel<T, kMaxCB>(A, ars, acs, b, ldb, c, ldc, M, K, acc);
        break;
      case 3:
        gemm_panel<T, 3>(A, ars, acs, b, ldb, c, ldc, M, K, acc);
        break;
      case 2:
        gemm_panel<T, 2>(A, ars, acs, b, ldb, c, ldc, M, K, acc);
        break;
      default:
        gemm_panel<T, 1>(A, ars, acs, b, ldb, c, ldc, M, K, acc);
        break;
    }
  }
  if (nv < NV) gemm_panel<T, 1, 8>(A, ars, acs, B + nv * L, ldb, C + nv * L, ldc, M, K, acc);
}

template <class T>
static inline void gemm(const T* A, int64_t lda, const T* B, int64_t ldb, T* C, int64_t ldc,
                        int64_t M, int64_t K, int64_t NV) {
  gemm_strided(A, lda, (int64_t)1, B, ldb, C, ldc, M, K, NV);
}

// ---- workspace ------------------------------------------------------------------------
static inline int64_t round_up(int64_t x, int64_t m) { return (x + m - 1) / m * m; }

template <class T>
struct Work {
  T *q, *k, *kt, *v, *vt, *s, *o, *dout, *ds, *dq, *dk, *dv, *dkt, *dvt, *lab, *rowv, *rowm;
  T* bias;   // (heads, N, np) the window's bias rows (window_bias), when a.bm is nullptr
  T* dbias;  // backward with bias: (heads, N, np) the chunk's bias gradient, for fold_dbias
  int64_t *rows, *rows_next, *lab64;
  int64_t* kv_rows;  // kv_time_shift: (kv_num_offsets, nr) k/v source rows of the window, -1: zeros
  uint16_t* p16;     // bf16 probabilities for vdpbf16ps (attn_bf16.h, attn_hd32.h)
  uint32_t* vp;      // bf16 v rows for P v: pairs (vdpbf16ps) or widened to float32
  uint16_t* ds16;    // backward, vdpbf16ps (attn_bf16.h): bf16 dS, (nr, np) rows + row pairs
};

// Lays the buffers out in `base` (nullptr: just count). Returns the size in bytes.
template <class T>
static inline size_t carve(const CpuAttnArgs& a, bool backward, char* base, Work<T>* w) {
  size_t off = 0;
  auto take = [&](int64_t elems, size_t esize) -> char* {
    char* p = base ? base + off : nullptr;
    off += (size_t)round_up(elems * (int64_t)esize, 64);
    return p;
  };
  const int64_t nn = a.nr * a.np, nd = a.nr * a.dp, dn = a.dp * a.np;
  Work<T> t{};
  t.q = (T*)take(nd, sizeof(T));
  t.kt = (T*)take(dn, sizeof(T));
  t.v = (T*)take(nd, sizeof(T));
  t.s = (T*)take(nn, sizeof(T));
  t.o = (T*)take(nd, sizeof(T));
  // + attend_head_blocks' last key and tail column of a row block
  t.lab = (T*)take(2 * a.np + a.dp + 16, sizeof(T));
  t.rowv = (T*)take(a.np + 16, sizeof(T));  // + room for a whole last row block
  t.rowm = (T*)take(a.np + 16, sizeof(T));
  t.bias =
      (T*)take(a.bias_gather_index != nullptr ? a.num_heads * a.g.n_slots * a.np : 0, sizeof(T));
  t.rows = (int64_t*)take(a.nr, sizeof(int64_t));
  t.rows_next = (int64_t*)take(a.nr, sizeof(int64_t));
  t.lab64 = (int64_t*)take(a.nr, sizeof(int64_t));
  t.kv_rows = (int64_t*)take(a.kv_num_offsets * a.nr, sizeof(int64_t));
  t.p16 = (uint16_t*)take(a.nr * a.np, 2);
  t.vp = (uint32_t*)take(a.np * a.dp, 4);  // bf16 v: (np / 2, dp) pairs or (np, dp) widened
  if (backward) {
    t.k = (T*)take(nd, sizeof(T));
    t.vt = (T*)take(dn, sizeof(T));
    t.dout = (T*)take(nd, sizeof(T));
    t.ds = (T*)take(nn, sizeof(T));
    t.dq = (T*)take(nd, sizeof(T));
    // dK, dV rows: room for np rows (transposed from dkt, dvt L rows at a time)
    const int64_t nkd = (a.np > a.nr ? a.np : a.nr) * a.dp;
    t.dk = (T*)take(nkd, sizeof(T));
    t.dv = (T*)take(nkd, sizeof(T));
    t.dkt = (T*)take(dn, sizeof(T));  // bwd_head_blocks: dK^T, dV^T (dp x np)
    t.dvt = (T*)take(dn, sizeof(T));
    t.ds16 = (uint16_t*)take(2 * nn, 2);
    t.dbias = (T*)take(a.bias_slot != nullptr ? a.num_heads * a.g.n_slots * a.np : 0, sizeof(T));
  }
  if (w) *w = t;
  return off;
}

// The buffers of one thread's workspace (ws_raw: run_items' zeroed block, prepare's size),
// laid out from its first 64-byte boundary.
template <class T>
static inline Work<T> workspace(const CpuAttnArgs& a, bool backward, void* ws_raw) {
  Work<T> ws;
  carve<T>(a, backward, (char*)(((uintptr_t)ws_raw + 63) & ~(uintptr_t)63), &ws);
  return ws;
}

template <class T>
static size_t prepare_impl(CpuAttnArgs& a, bool backward) {
  constexpr int L = VT<T>::L;
  const int64_t n = a.g.n_slots;
  a.np = round_up(n, L);
  a.nr = round_up(n, 4);
  a.dp = round_up(a.head_dim, L);
  return carve<T>(a, backward, nullptr, nullptr) + 64;
}

#if TPS_CORE_AVX512
// In-register 16 x 16 transpose of 32-bit elements: rows r[0..15] -> columns, stored to
// out + x * ld for x = 0..15.
static inline void transpose16x16_store(__m512i r[16], uint32_t* out, int64_t ld) {
  __m512i t[16];
  for (int i = 0; i < 8; ++i) {
    t[2 * i] = _mm512_unpacklo_epi32(r[2 * i], r[2 * i + 1]);
    t[2 * i + 1] = _mm512_unpackhi_epi32(r[2 * i], r[2 * i + 1]);
  }
  for (int g = 0; g < 4; ++g) {
    r[4 * g + 0] = _mm512_unpacklo_epi64(t[4 * g + 0], t[4 * g + 2]);
    r[4 * g + 1] = _mm512_unpackhi_epi64(t[4 * g + 0], t[4 * g + 2]);
    r[4 * g + 2] = _mm512_unpacklo_epi64(t[4 * g + 1], t[4 * g + 3]);
    r[4 * g + 3] = _mm512_unpackhi_epi64(t[4 * g + 1], t[4 * g + 3]);
  }
  // r[4g + k], 128-bit lane L now holds rows 4g..4g+3 of column 4L + k
  for (int k = 0; k < 4; ++k) {
    const __m512i s0 = _mm512_shuffle_i32x4(r[k], r[4 + k], 0x44);
    const __m512i s1 = _mm512_shuffle_i32x4(r[k], r[4 + k], 0xEE);
    const __m512i s2 = _mm512_shuffle_i32x4(r[8 + k], r[12 + k], 0x44);
    const __m512i s3 = _mm512_shuffle_i32x4(r[8 + k], r[12 + k], 0xEE);
    _mm512_storeu_si512(out + (0 + k) * ld, _mm512_shuffle_i32x4(s0, s2, 0x88));
    _mm512_storeu_si512(out + (4 + k) * ld, _mm512_shuffle_i32x4(s0, s2, 0xDD));
    _mm512_storeu_si512(out + (8 + k) * ld, _mm512_shuffle_i32x4(s1, s3, 0x88));
    _mm512_storeu_si512(out + (12 + k) * ld, _mm512_shuffle_i32x4(s1, s3, 0xDD));
  }
}
#endif

// In-register L x L transpose of float rows r[0..L-1] (L = 8: AVX2, 4: SSE / NEON), stored
// to out + x * ld for x < L. Constant-mask shuffles that map to single instructions
// (unpack, shuffle, 128-bit lane permute).
template <int L, class V>
static TPS_ALWAYS_INLINE void transpose_store(V* r, float* out, int64_t ld) {
  if constexpr (L == 8) {
    typedef int32_t I __attribute__((vector_size(32)));
    V t[8], u[8];
    for (int i = 0; i < 8; i += 2) {
      t[i] = __builtin_shuffle(r[i], r[i + 1], I{0, 8, 1, 9, 4, 12, 5, 13});
      t[i + 1] = __builtin_shuffle(r[i], r[i + 1], I{2, 10, 3, 11, 6, 14, 7, 15});
    }
    for (int g = 0; g < 8; g += 4) {  // rows g..g+3: columns (k, k + 4) per 128-bit lane
      u[g + 0] = __builtin_shuffle(t[g], t[g + 2], I{0, 1, 8, 9, 4, 5, 12, 13});
      u[g + 1] = __builtin_shuffle(t[g], t[g + 2], I{2, 3, 10, 11, 6, 7, 14, 15});
      u[g + 2] = __builtin_shuffle(t[g + 1], t[g + 3], I{0, 1, 8, 9, 4, 5, 12, 13});
      u[g + 3] = __builtin_shuffle(t[g + 1], t[g + 3], I{2, 3, 10, 11, 6, 7, 14, 15});
    }
    for (int k = 0; k < 4; ++k) {
      vstore(out + k * ld, __builtin_shuffle(u[k], u[4 + k], I{0, 1, 2, 3, 8, 9, 10, 11}));
      vstore(out + (k + 4) * ld, __builtin_shuffle(u[k], u[4 + k], I{4, 5, 6, 7, 12, 13, 14, 15}));
    }
  } else {
    static_assert(L == 4, "transpose_store: 4 or 8 lanes");
    typedef int32_t I __attribute__((vector_size(16)));
    const V t0 = __builtin_shuffle(r[0], r[1], I{0, 4, 1, 5});
    const V t1 = __builtin_shuffle(r[0], r[1], I{2, 6, 3, 7});
    const V t2 = __builtin_shuffle(r[2], r[3], I{0, 4, 1, 5});
    const V t3 = __builtin_shuffle(r[2], r[3], I{2, 6, 3, 7});
    vstore(out, __builtin_shuffle(t0, t2, I{0, 1, 4, 5}));
    vstore(out + ld, __builtin_shuffle(t0, t2, I{2, 3, 6, 7}));
    vstore(out + 2 * ld, __builtin_shuffle(t1, t3, I{0, 1, 4, 5}));
    vstore(out + 3 * ld, __builtin_shuffle(t1, t3, I{2, 3, 6, 7}));
  }
}

// ---- per-window gathers ----------------------------------------------------------------
// Channels [x0, x1) of slot i's key and value (head row k at src, value at src + C; nullptr:
// zeros) into the window buffers: kt (transposed) and v, + k and vt for the backward.
template <int IN, class T>
static inline void gather_kv(const CpuAttnArgs& a, Work<T>& ws, int64_t i,
                             const typename Storage<IN, T>::S* src, int64_t x0, int64_t x1,
                             bool backward) {
  typedef Storage<IN, T> C;
  const int64_t c = a.num_heads * a.head_dim, np = a.np, dp = a.dp;
  T* v = ws.v + i * dp;
  T* k = backward ? ws.k + i * dp : nullptr;
  if (src == nullptr) {
    for (int64_t x = x0; x < x1; ++x) ws.kt[x * np + i] = 0;
    for (int64_t x = x0; x < x1; ++x) v[x] = 0;
    if (backward) {
      for (int64_t x = x0; x < x1; ++x) k[x] = 0;
      for (int64_t x = x0; x < x1; ++x) ws.vt[x * np + i] = 0;
    }
    return;
  }
  for (int64_t x = x0; x < x1; ++x) ws.kt[x * np + i] = C::ld(src, x);
  for (int64_t x = x0; x < x1; ++x) v[x] = C::ld(src + c, x);
  if (backward) {
    for (int64_t x = x0; x < x1; ++x) k[x] = C::ld(src, x);  // contiguous, not from kt
    for (int64_t x = x0; x < x1; ++x) ws.vt[x * np + i] = v[x];
  }
}

// kv_time_shift: f(run, i, row) for each run of head h's key / value channels of equal
// offset and each slot i, row being the slot's source row at that offset (< 0: zeros).
template <class T, class F>
static TPS_ALWAYS_INLINE void for_each_kv_source(const CpuAttnArgs& a, const Work<T>& ws, int64_t h,
                                                 const F& f) {
  for (int64_t r = a.kv_head_runs[h]; r < a.kv_head_runs[h + 1]; ++r) {
    const KvRun run = a.kv_runs[r];
    const int64_t* rows = ws.kv_rows + run.offset * a.nr;
    for (int64_t i = 0; i < a.g.n_slots; ++i) f(run, i, rows[i]);
  }
}

// The shifted k / v rows are other frames' rows, which the window prefetch (PrefetchCursor)
// does not cover in time: without this the gathers wait on one cache miss per row (~16% of
// the N = 197 forward). Fetches head h's channels of every offset's rows (called with the
// next head while this one computes).
template <class S, class T>
static inline void prefetch_kv_head(const CpuAttnArgs& a, const Work<T>& ws, int64_t h) {
  if (h >= a.num_heads) return;
  const int64_t c = a.num_heads * a.head_dim, d = a.head_dim;
  const S* qkv = (const S*)a.qkv;
  for_each_kv_source(a, ws, h, [&](const KvRun& run, int64_t, int64_t row) {
    if (row < 0) return;
    const S* src = qkv + row * 3 * c + c + h * d;
    for (int64_t part = 0; part <= c; part += c)  // key, then value
      for (int64_t x = run.begin; x < run.end; x += 64 / (int64_t)sizeof(S))
        __builtin_prefetch(src + part + x, 0, 1);
    __builtin_prefetch(src + run.end - 1, 0, 1);
    __builtin_prefetch(src + c + run.end - 1, 0, 1);
  });
}

template <int IN, class T>
static inline void gather_window(const CpuAttnArgs& a, int64_t w, int64_t h, Work<T>& ws,
                                 bool backward) {
  typedef Storage<IN, T> C;
  typedef typename C::S S;
  const int64_t n = a.g.n_slots, d = a.head_dim, c = a.num_heads * d, dp = a.dp;
  const S* qkv = (const S*)a.qkv;
  const T scale = (T)a.scale;
#if TPS_CORE_AVX512
  if constexpr (IN == kF32 && sizeof(T) == 4) {
    if (d % 16 == 0 && !a.has_kv_time_shift()) {
      const int64_t np = a.np;
      // float32 inputs, head_dim a multiple of 16 (the PST case): k (and v for backward)
      // transposed 16 x 16 in registers instead of one scalar store per element
      for (int64_t i = 0; i < n; ++i) {
        const S* src = qkv + ws.rows[i] * 3 * c + h * d;
        T* q = ws.q + i * dp;
        for (int64_t x = 0; x < d; ++x) q[x] = src[x] * scale;
        __builtin_memcpy(ws.v + i * dp, src + 2 * c, d * sizeof(T));
        if (backward) __builtin_memcpy(ws.k + i * dp, src + c, d * sizeof(T));
      }
      for (int64_t b = 0; b < np; b += 16) {
        for (int64_t cb = 0; cb < d; cb += 16) {
          __m512i r[16];
          for (int64_t i = 0; i < 16; ++i)
            r[i] = b + i < n ? _mm512_loadu_si512(qkv + ws.rows[b + i] * 3 * c + c + h * d + cb)
                             : _mm512_setzero_si512();
          transpose16x16_store(r, (uint32_t*)(ws.kt + cb * np + b), np);
          if (backward) {
            for (int64_t i = 0; i < 16; ++i)
              r[i] =
                  b + i < n ? _mm512_loadu_si512(ws.v + (b + i) * dp + cb) : _mm512_setzero_si512();
            transpose16x16_store(r, (uint32_t*)(ws.vt + cb * np + b), np);
          }
        }
      }
      return;
    }
  }
#endif
  const bool kv_shift = a.has_kv_time_shift();
  if constexpr (IN != kF64 && sizeof(T) == 4 && (VT<float>::L == 8 || VT<float>::L == 4)) {
    constexpr int L = VT<float>::L;
    // Runs of key / value channels read from one set of rows: the window's own (one run, the
    // whole head), or with kv_time_shift each offset's rows (X-ViT, SCT: one run per head).
    const KvRun own{0, (int32_t)d, 0};
    const KvRun* runs = kv_shift ? a.kv_runs + a.kv_head_runs[h] : &own;
    const int64_t num_runs = kv_shift ? a.kv_head_runs[h + 1] - a.kv_head_runs[h] : 1;
    bool whole = d % L == 0;
    for (int64_t r = 0; r < num_runs; ++r) whole &= runs[r].begin % L == 0 && runs[r].end % L == 0;
    if (whole) {
      // k (and v for backward) transposed L x L in registers instead of one scalar store per
      // element; 16-bit storage converted L elements at a time; rows < 0: zeros
      typedef VT<float>::V V;
      const int64_t np = a.np;
      for (int64_t i = 0; i < n; ++i) {
        const S* src = qkv + ws.rows[i] * 3 * c + h * d;
        for (int64_t x = 0; x < d; x += L)
          vstore(ws.q + i * dp + x, vload_float<IN>(src + x) * scale);
      }
      for (int64_t r = 0; r < num_runs; ++r) {
        const int64_t x0 = runs[r].begin, x1 = runs[r].end;
        const int64_t* rows = kv_shift ? ws.kv_rows + runs[r].offset * a.nr : ws.rows;
        auto key = [&](int64_t i) -> const S* {  // slot i's key channels of head h, or nullptr
          return i < n && rows[i] >= 0 ? qkv + rows[i] * 3 * c + c + h * d : nullptr;
        };
        for (int64_t i = 0; i < n; ++i) {
          const S* src = key(i);
          for (int64_t x = x0; x < x1; x += L) {
            vstore(ws.v + i * dp + x, src ? vload_float<IN>(src + c + x) : V{});
            if (backward) vstore(ws.k + i * dp + x, src ? vload_float<IN>(src + x) : V{});
          }
        }
        for (int64_t b = 0; b < np; b += L) {
          for (int64_t cb = x0; cb < x1; cb += L) {
            V t[L];
            for (int64_t i = 0; i < L; ++i) {
              const S* src = key(b + i);
              t[i] = src ? vload_float<IN>(src + cb) : V{};
            }
            transpose_store<L>(t, ws.kt + cb * np + b, np);
            if (backward) {
              for (int64_t i = 0; i < L; ++i)
                t[i] = b + i < n ? vload<V>(ws.v + (b + i) * dp + cb) : V{};
              transpose_store<L>(t, ws.vt + cb * np + b, np);
            }
          }
        }
      }
      if (kv_shift) prefetch_kv_head<S>(a, ws, h + 1);
      return;
    }
  }
  for (int64_t i = 0; i < n; ++i) {
    const int64_t row = ws.rows[i];
    const S* src = qkv + row * 3 * c + h * d;
    T* q = ws.q + i * dp;
    for (int64_t x = 0; x < d; ++x) q[x] = C::ld(src, x) * scale;
    if (!kv_shift) gather_kv<IN, T>(a, ws, i, src + c, 0, d, backward);
  }
  if (!kv_shift) return;
  // kv_time_shift: per run of channels of equal offset, k / v from that offset's rows
  for_each_kv_source(a, ws, h, [&](const KvRun& run, int64_t i, int64_t row) {
    const S* src = row < 0 ? nullptr : qkv + row * 3 * c + c + h * d;
    gather_kv<IN, T>(a, ws, i, src, run.begin, run.end, backward);
  });
  prefetch_kv_head<S>(a, ws, h + 1);
}

// kv_time_shift: the k / v source rows of window w's slots (rows: ws.rows), once per
// distinct offset (tps::kv_source_row; -1: zeros). Nothing without kv_time_shift.
template <class T>
static inline void window_kv_rows(const CpuAttnArgs& a, Work<T>& ws) {
  for (int64_t o = 0; o < a.kv_num_offsets; ++o) {
    int64_t* dst = ws.kv_rows + o * a.nr;
    for (int64_t i = 0; i < a.g.n_slots; ++i)
      dst[i] = kv_source_row(a.g, ws.rows[i], a.kv_offsets[o], a.kv_time_shift_boundary);
  }
}

// Source rows of window w (the permutation: roll, partition, patch shift).
static inline void window_rows(const CpuAttnArgs& a, int64_t w, int64_t* rows) {
  window_source_rows(a.g, a.frame_shift, w, rows);
}

// Region labels of window w (video layout, shifted); false when the window lies in one
// region (no mask needed).
template <class T>
static inline bool window_labels(const CpuAttnArgs& a, int64_t w, Work<T>& ws) {
  if (!a.g.has_region_mask) return false;
  int64_t* lab = ws.lab64;
  const bool any = window_region_labels(a.g, w, lab);
  for (int64_t i = 0; i < a.g.n_slots; ++i) ws.lab[i] = (T)lab[i];
  for (int64_t i = a.g.n_slots; i < a.np; ++i) ws.lab[i] = (T)-1;
  return any;
}

// The padded bias rows (heads, N, np) of one bias plane into dst, from the row-major table
// (a row holds all heads; + a row of -inf that the index's pad columns name) and the padded
// int32 index: K table rows at a time are transposed in registers into K heads' rows, K = 8
// where the heads come in eights and the vectors have 8 lanes, else 4; heads left over (3, 6)
// one element at a time. Serves window_bias (few windows per plane: PST stage 4 has one) and
// bias_rows_impl (the shared rows a.bm of planes with many windows).
template <int K, class T>
static inline void bias_tiles(const CpuAttnArgs& a, const int32_t* idx, const T* tab, T* dst) {
  typedef float VK __attribute__((vector_size(4 * K)));
  const int64_t heads = a.num_heads, tiled = heads / K * K, hs = a.g.n_slots * a.np;
  for (int64_t e = 0; e < hs; e += K) {  // e = i np + j0: K keys of query row i
    for (int64_t g = 0; g < tiled; g += K) {
      VK r[K];
      for (int k = 0; k < K; ++k) r[k] = vload<VK>(tab + idx[e + k] * heads + g);
      transpose_store<K>(r, dst + g * hs + e, hs);
    }
    for (int64_t h = tiled; h < heads; ++h)
      for (int k = 0; k < K; ++k) dst[h * hs + e + k] = tab[idx[e + k] * heads + h];
  }
}

template <class T>
static inline void plane_bias(const CpuAttnArgs& a, int64_t plane, T* dst) {
  constexpr int L = VT<T>::L;
  const int64_t n = a.g.n_slots, np = a.np, heads = a.num_heads, hs = n * np;
  const int32_t* idx = a.bias_gather_index + plane * hs;
  const T* tab = (const T*)a.bias_table;
  if constexpr (sizeof(T) == 4 && L >= 4) {  // hs: a multiple of np, itself of L
    if (heads >= 4)
      return L >= 8 && heads % 8 == 0 ? bias_tiles<8>(a, idx, tab, dst)
                                      : bias_tiles<4>(a, idx, tab, dst);
  }
  for (int64_t e = 0; e < hs; ++e)
    for (int64_t h = 0; h < heads; ++h) dst[h * hs + e] = tab[idx[e] * heads + h];
}

// Whether window_bias moves only whole tiles (no head left over)
template <class T>
static inline bool window_bias_tiled(const CpuAttnArgs& a) {
  return sizeof(T) == 4 && VT<T>::L >= 4 && a.num_heads % 4 == 0;
}

// Window w's padded bias rows of every head into ws.bias; nothing when a.bm holds them.
template <class T>
static inline void window_bias(const CpuAttnArgs& a, int64_t w, Work<T>& ws) {
  if (a.bias_gather_index != nullptr) plane_bias(a, a.bias_plane(w), ws.bias);
}

// a.bm's planes [begin, end): (plane, heads, N, np) in the compute type (window_attention.cpp
// builds them once per call where a plane serves many windows).
template <class T>
static void bias_rows_impl(const CpuAttnArgs& a, int64_t begin, int64_t end, void* bm) {
  for (int64_t p = begin; p < end; ++p)
    plane_bias(a, p, (T*)bm + p * a.num_heads * a.g.n_slots * a.np);
}

// The rows of a window are scattered (7 image rows, up to 9 frames under the patch shift):
// without help the gathers are memory-latency bound. Prefetch the next window's rows
// (all heads: the whole row) while this one computes.
template <class S>
static inline void prefetch_rows(const S* base, const int64_t* rows, int64_t n, int64_t row_elems,
                                 bool write) {
  const int64_t bytes = row_elems * (int64_t)sizeof(S);
  for (int64_t i = 0; i < n; ++i) {
    const char* p = (const char*)(base + rows[i] * row_elems);
    if (write) {
      for (int64_t off = 0; off < bytes; off += 64) __builtin_prefetch(p + off, 1, 2);
    } else {
      for (int64_t off = 0; off < bytes; off += 64) __builtin_prefetch(p + off, 0, 2);
    }
  }
}

// Row i's padded bias row (-inf in the padding: shared per plane, or this window's) and mask
// row (nullptr: none, or the region labels decide).
template <class T>
struct BiasMaskRow {
  const T* bias;
  const T* mask;
};
template <class T>
static TPS_ALWAYS_INLINE BiasMaskRow<T> bias_mask_row(const CpuAttnArgs& a, int64_t w, int64_t h,
                                                      const Work<T>& ws, int64_t i) {
  const int64_t np = a.np, n = a.g.n_slots;
  return {a.bm != nullptr
              ? (const T*)a.bm + a.bias_plane(w) * a.bm_plane_stride + h * a.bm_head_stride + i * np
              : ws.bias + (h * n + i) * np,
          a.mask != nullptr ? (const T*)a.mask + ((w % a.num_mask_windows) * n + i) * np : nullptr};
}

// S row i (np wide, or its first NVEC vectors) + its bias row + mask row (`row`; S scaled by
// `scale` first), one vector at a time to `use(j, x)` (padded columns: -inf), in one pass.
template <int NVEC = 0, class T, class F>
static TPS_ALWAYS_INLINE void bias_mask_rows(const CpuAttnArgs& a, const BiasMaskRow<T>& row,
                                             bool region, Work<T>& ws, int64_t i, T* srow, T scale,
                                             const F& use) {
  typedef typename VT<T>::V V;
  typedef typename VT<T>::I I;
  constexpr int L = VT<T>::L;
  const V li = vset1<V>(region ? ws.lab[i] : (T)0);
  const V mv = vset1<V>((T)a.mask_value);
  const int64_t cols = NVEC > 0 ? NVEC * L : a.np;
#pragma GCC unroll 8
  for (int64_t j = 0; j < cols; j += L) {
    V x = vload<V>(srow + j) * scale + vload<V>(row.bias + j);
    if (region) {
      const I diff = vload<V>(ws.lab + j) != li;
      x += diff ? mv : V{};
    } else if (row.mask != nullptr) {
      x += vload<V>(row.mask + j);
    }
    use(j, x);
  }
}

// bias_mask_rows at one column j of row i, as a scalar, in its order: (s + bias) + mask (the
// 7 x 7 window's last key).
template <class T>
static TPS_ALWAYS_INLINE T bias_mask_at(const CpuAttnArgs& a, const BiasMaskRow<T>& row,
                                        bool region, const Work<T>& ws, int64_t i, int64_t j, T s) {
  const T x = s + row.bias[j];
  if (region) return x + (ws.lab[j] != ws.lab[i] ? (T)a.mask_value : (T)0);
  return row.mask != nullptr ? x + row.mask[j] : x;
}

// bias_mask_rows stored back into srow; returns the row maximum (vector) for the softmax.
template <class T>
static inline typename VT<T>::V add_bias_mask(const CpuAttnArgs& a, int64_t w, int64_t h,
                                              bool region, Work<T>& ws, int64_t i, T* srow,
                                              T scale = (T)1) {
  typedef typename VT<T>::V V;
  V mx = vset1<V>((T)-__builtin_inf());
  bias_mask_rows(a, bias_mask_row(a, w, h, ws, i), region, ws, i, srow, scale, [&](int64_t j, V x) {
    vstore(srow + j, x);
    mx = x > mx ? x : mx;
  });
  return mx;
}

// Spreads the prefetch of the next window's rows over the work of this one (a burst of
// ~1000 prefetches at once overflows the miss queues and most are dropped). To L2: a
// window's rows are larger than L1 (prefetching to L1 evicted the current head's buffers).
struct PrefetchCursor {
  const char* base = nullptr;
  const int64_t* rows = nullptr;
  int64_t n = 0, row_bytes = 0, i = 0, off = 0;
  void reset(const void* b, const int64_t* r, int64_t count, int64_t bytes) {
    base = (const char*)b;
    rows = r;
    n = count;
    row_bytes = bytes;
    i = 0;
    off = 0;
  }
  TPS_ALWAYS_INLINE void step(int64_t k) {
    for (; k > 0 && i < n; --k) {
      __builtin_prefetch(base + rows[i] * row_bytes + off, 0, 2);
      off += 64;
      if (off >= row_bytes) {
        off = 0;
        ++i;
      }
    }
  }
  inline void finish() { step(1 << 30); }
};

// Double-buffered window rows (all three window loops): ws.rows becomes window w's rows
// (computed one step earlier) and ws.rows_next window w+1's, so their prefetch overlaps w's
// compute. Returns whether there is a next window to prefetch.
template <class T>
static inline bool advance_rows(const CpuAttnArgs& a, Work<T>& ws, int64_t w, int64_t end) {
  int64_t* tmp = ws.rows;
  ws.rows = ws.rows_next;
  ws.rows_next = tmp;
  if (w + 1 >= end) return false;
  window_rows(a, w + 1, ws.rows_next);
  return true;
}

// Prefetch steps (64-byte lines) per query row so that the next window's qkv rows of
// row_bytes each arrive spread over the current window's heads.
static inline int64_t prefetch_lines_per_row(const CpuAttnArgs& a, int64_t row_bytes) {
  const int64_t row_lines = (row_bytes + 63) / 64;
  return (row_lines + a.num_heads - 1) / a.num_heads + 1;
}

// ---- forward of small windows, a block of query rows at a time -------------------------
// For N <= kMaxRowVecs vectors of keys (float compute), per block of kRowBlock query rows:
// S = (scale q) k^T by the register-blocked GEMM, one pass per row with its NV score vectors in
// registers (bias, mask, max, exps, sum: S is read once and P written once; a second pass for
// the exps, writing S back and reading it again, was slower: docs/benchmarks.md), O = P v and
// the store of the block's output rows. Block buffers stay in L1 beside k^T and v (a whole
// head's S, P and O do not: the next head's prefetched rows were evicted). TAIL: N = NV L + 1
// (7 x 7 windows on 8 lanes: 49 = 6 x 8 + 1) keeps the last key out of the GEMM and the exp
// vectors: its score is one dot product per row and its exps are taken L rows at a time,
// instead of a vector with one useful lane per row.
constexpr int kMaxRowVecs = 8;
constexpr int64_t kRowBlock = VT<float>::L > 8 ? VT<float>::L : 8;  // multiple of 4 and of L

template <int IN, int NV, bool TAIL>
static inline void attend_head_blocks(const CpuAttnArgs& a, int64_t w, int64_t h, bool region,
                                      Work<float>& ws, PrefetchCursor& pf, int64_t pf_per_row,
                                      typename Storage<IN, float>::S* out) {
  typedef VT<float>::V V;
  typedef Storage<IN, float> C;
  constexpr int L = VT<float>::L;
  const int64_t n = a.g.n_slots, d = a.head_dim, np = a.np, dp = a.dp, c = a.num_heads * d;
  float* klast = ws.lab + np;      // lab has room: see carve
  float* tail = ws.lab + np + dp;  // per row of the block: last score - row max
  float* sb = ws.s;                // the block's S, then P (kRowBlock x np)
  float* ob = ws.o;                // the block's O (kRowBlock x dp)
  if (TAIL) {
    for (int64_t x = 0; x < d; ++x) klast[x] = ws.kt[x * np + n - 1];
    for (int64_t x = d; x < dp; ++x) klast[x] = 0;
  }
  float* lse = a.lse + (w * a.num_heads + h) * n;
  for (int64_t i0 = 0; i0 < n; i0 += kRowBlock) {
    const int64_t cnt = n - i0 < kRowBlock ? n - i0 : kRowBlock;
    const int64_t rows = round_up(cnt, 4);
    gemm<float>(ws.q + i0 * dp, dp, ws.kt, np, sb, np, rows, d, NV);
    float* rowm = ws.rowm + i0;
    float* rowv = ws.rowv + i0;
    for (int64_t r = 0; r < cnt; ++r) {  // the row's NV vectors of scores in registers
      const int64_t i = i0 + r;
      pf.step(pf_per_row);
      float* srow = sb + r * np;
      const BiasMaskRow<float> row = bias_mask_row(a, w, h, ws, i);
      V x[NV];
      V mx = vset1<V>(-__builtin_inff());
      bias_mask_rows<NV>(a, row, region, ws, i, srow, 1.0f, [&](int64_t j, V v) {
        x[j / L] = v;
        mx = v > mx ? v : mx;
      });
      float m = hmax(mx);
      if (TAIL) {  // the last key's score: a dot product + its bias and mask
        const float st = bias_mask_at(a, row, region, ws, i, n - 1, vdot(ws.q + i * dp, klast, dp));
        m = st > m ? st : m;
        tail[r] = st - m;
      }
      V sum = V{};
      for (int j = 0; j < NV; ++j) {
        const V e = vexp_minus(x[j], m);
        sum += e;
        vstore(srow + j * L, e);
      }
      rowm[r] = m;
      rowv[r] = hsum(sum);
    }
    if (TAIL) {  // the last column's exps, L rows at a time
      for (int64_t r = cnt; r < kRowBlock; ++r) tail[r] = -__builtin_inff();
      for (int64_t r0 = 0; r0 < cnt; r0 += L) {
        const V e = vexp(vload<V>(tail + r0));
        for (int l = 0; l < L && r0 + l < cnt; ++l) {
          sb[(r0 + l) * np + n - 1] = e[l];
          rowv[r0 + l] += e[l];
        }
      }
    }
    finish_rows(rowm, rowv, cnt, kRowBlock, lse + i0);       // rowm, rowv: room for a whole block
    gemm<float>(sb, np, ws.v, dp, ob, dp, rows, n, dp / L);  // O = exp(S - max) v
    for (int64_t r = 0; r < cnt; ++r) {
      typename C::S* dst = out + ws.rows[i0 + r] * c + h * d;
      const float* o = ob + r * dp;
      const float inv = rowv[r];
      if (can_stream<IN>(dst, d)) {
        for (int64_t x = 0; x < d; x += L) vstore_float<IN, true>(dst + x, vload<V>(o + x) * inv);
      } else if (d % L == 0) {
        for (int64_t x = 0; x < d; x += L) vstore_float<IN>(dst + x, vload<V>(o + x) * inv);
      } else {
        for (int64_t x = 0; x < d; ++x) C::st(dst, x, o[x] * inv);
      }
    }
  }
}

// ---- forward ---------------------------------------------------------------------------
// NV > 0: a block of query rows at a time (attend_head_blocks; float compute, N <= NV L
// (+ 1 with TAIL)).
template <int IN, class T, int NV = 0, bool TAIL = false>
static void fwd_impl(const CpuAttnArgs& a, int64_t begin, int64_t end, void* ws_raw) {
  typedef typename VT<T>::V V;
  constexpr int L = VT<T>::L;
  typedef Storage<IN, T> C;
  typedef typename C::S S;
  Work<T> ws = workspace<T>(a, false, ws_raw);
  const int64_t n = a.g.n_slots, d = a.head_dim, c = a.num_heads * d;
  const int64_t np = a.np, nr = a.nr, dp = a.dp;
  S* out = (S*)a.out;
  const S* qkv = (const S*)a.qkv;
  // Work item = window (all heads): each qkv row is fetched from memory once, as a whole.
  if (begin < end) {
    window_rows(a, begin, ws.rows_next);
    prefetch_rows(qkv, ws.rows_next, n, 3 * c, false);
  }
  const int64_t pf_per_row = prefetch_lines_per_row(a, 3 * c * (int64_t)sizeof(S));
  for (int64_t w = begin; w < end; ++w) {
    PrefetchCursor pf;
    if (advance_rows(a, ws, w, end)) pf.reset(qkv, ws.rows_next, n, 3 * c * (int64_t)sizeof(S));
    const bool region = window_labels(a, w, ws);
    window_bias(a, w, ws);
    window_kv_rows(a, ws);
    for (int64_t h = 0; h < a.num_heads; ++h) {
      gather_window<IN, T>(a, w, h, ws, false);
      if constexpr (NV > 0) {
        attend_head_blocks<IN, NV, TAIL>(a, w, h, region, ws, pf, pf_per_row, out);
        continue;
      } else {
        gemm<T>(ws.q, dp, ws.kt, np, ws.s, np, nr, d, np / L);  // S = (scale q) k^T
        for (int64_t i = 0; i < n; ++i) {
          pf.step(pf_per_row);
          T* srow = ws.s + i * np;
          const T m = hmax(add_bias_mask(a, w, h, region, ws, i, srow));
          V sum = V{};
          for (int64_t j = 0; j < np; j += L) {
            const V e = vexp_minus(vload<V>(srow + j), m);
            sum += e;
            vstore(srow + j, e);
          }
          ws.rowv[i] = hsum(sum);
          ws.rowm[i] = m;
        }
      }
      float* lse = a.lse + (w * a.num_heads + h) * n;
      finish_rows(ws.rowm, ws.rowv, n, np, lse);  // rowv = 1 / sum: applied to the output row
      gemm<T>(ws.s, np, ws.v, dp, ws.o, dp, nr, n, dp / L);  // O = exp(S - max) v
      for (int64_t i = 0; i < n; ++i) {
        S* dst = out + ws.rows[i] * c + h * d;
        const T* o = ws.o + i * dp;
        const T inv = ws.rowv[i];
        if constexpr (IN != kF64 && sizeof(T) == 4) {
          if (can_stream<IN>(dst, d)) {
            for (int64_t x = 0; x < d; x += L)
              vstore_float<IN, true>(dst + x, vload<V>(o + x) * inv);
            continue;
          }
        }
        for (int64_t x = 0; x < d; ++x) C::st(dst, x, o[x] * inv);
      }
    }
  }
  stream_fence();
}

// fwd_impl with the scores of NV key vectors in registers; false when NV is out of range.
template <int IN, bool TAIL>
static bool fwd_rows(int64_t nv, const CpuAttnArgs& a, int64_t begin, int64_t end, void* ws) {
  switch (nv) {
    case 1:
      fwd_impl<IN, float, 1, TAIL>(a, begin, end, ws);
      return true;
    case 2:
      fwd_impl<IN, float, 2, TAIL>(a, begin, end, ws);
      return true;
    case 3:
      fwd_impl<IN, float, 3, TAIL>(a, begin, end, ws);
      return true;
    case 4:
      fwd_impl<IN, float, 4, TAIL>(a, begin, end, ws);
      return true;
    case 5:
      fwd_impl<IN, float, 5, TAIL>(a, begin, end, ws);
      return true;
    case 6:
      fwd_impl<IN, float, 6, TAIL>(a, begin, end, ws);
      return true;
    case 7:
      fwd_impl<IN, float, 7, TAIL>(a, begin, end, ws);
      return true;
    case 8:
      fwd_impl<IN, float, 8, TAIL>(a, begin, end, ws);
      return true;
    default:
      return false;
  }
}

// The forward of a float-compute storage type: scores in registers when N fits
// kMaxRowVecs vectors (TPS_FWD_ROWS builds; the AVX-512 build has its own fast path).
template <int IN>
static void fwd_float(const CpuAttnArgs& a, int64_t begin, int64_t end, void* ws) {
#if TPS_FWD_ROWS
  constexpr int L = VT<float>::L;
  const int64_t n = a.g.n_slots;
  if (n % L == 1 && fwd_rows<IN, true>(n / L, a, begin, end, ws)) return;
  if (fwd_rows<IN, false>(a.np / L, a, begin, end, ws)) return;
#endif
  fwd_impl<IN, float>(a, begin, end, ws);
}

// ---- backward --------------------------------------------------------------------------
// kv_time_shift with the zero or cyclic boundary: each input k / v element feeds at most
// one shifted element (the row map of one offset is injective), so the shift's adjoint is a
// scatter: slot i's key / value gradients of a run go straight to the row it read them from
// (no other slot of any window writes there: no atomics, deterministic). Elements nobody
// read (zero boundary) are zeroed by kv_grad afterwards.
template <int IN, class T>
static inline void scatter_kv_grad(const CpuAttnArgs& a, int64_t h, Work<T>& ws) {
  typedef Storage<IN, T> C;
  typedef typename C::S S;
  const int64_t d = a.head_dim, c = a.num_heads * d, dp = a.dp;
  S* gqkv = (S*)a.grad_qkv;
  for_each_kv_source(a, ws, h, [&](const KvRun& run, int64_t i, int64_t row) {
    if (row < 0) return;  // read zeros: no input to differentiate
    S* dst = gqkv + row * 3 * c + c + h * d;
    const T* dk = ws.dk + i * dp;
    const T* dv = ws.dv + i * dp;
    for (int64_t x = run.begin; x < run.end; ++x) C::st(dst, x, dk[x]);
    for (int64_t x = run.begin; x < run.end; ++x) C::st(dst + c, x, dv[x]);
  });
}

// Backward: prefetch query row i's q / k / v and dO channels of the next (window, head)
// work item into L1 while this one computes, when a window's whole rows (qkv, dO) are
// larger than kBwdWindowPrefetch (PST stage 4: 0.6 MB; X-ViT: 2.4 MB): they do not fit L2, a
// head's channels do. Smaller windows (PST stage 1: 75 KB) prefetch the next window's whole
// rows (PrefetchCursor; measured 4% faster there than per head). With
// kv_time_shift the k / v rows are other frames' (gather_window prefetches those); only the
// query row's channels are fetched here. (Prefetching the gradient rows for writing too
// measured slower.)
constexpr int64_t kBwdWindowPrefetch = 256 << 10;

template <class S>
static TPS_ALWAYS_INLINE void prefetch_bwd_row(const CpuAttnArgs& a, int64_t row, int64_t h) {
  const int64_t d = a.head_dim, c = a.num_heads * d;
  const int64_t bytes = d * (int64_t)sizeof(S);
  auto lines = [bytes](const S* p) {  // every 64-byte line of [p, p + bytes)
    const uintptr_t b = (uintptr_t)p;
    for (uintptr_t x = b & ~(uintptr_t)63; x < b + bytes; x += 64)
      __builtin_prefetch((const void*)x, 0, 3);
  };
  const S* src = (const S*)a.qkv + row * 3 * c + h * d;
  for (int64_t part = 0; part < (a.has_kv_time_shift() ? 1 : 3); ++part) lines(src + part * c);
  lines((const S*)a.grad_out + row * c + h * d);
}

// dO rows [i0, i1) of head h into ws.dout (compute type).
template <int IN, class T>
static TPS_ALWAYS_INLINE void dout_rows(const CpuAttnArgs& a, Work<T>& ws, int64_t h, int64_t i0,
                                        int64_t i1) {
  constexpr int L = VT<T>::L;
  typedef Storage<IN, T> C;
  typedef typename C::S S;
  const int64_t d = a.head_dim, c = a.num_heads * d, dp = a.dp;
  for (int64_t i = i0; i < i1; ++i) {
    const S* g = (const S*)a.grad_out + ws.rows[i] * c + h * d;
    T* dst = ws.dout + i * dp;
    if constexpr (IN != kF64 && sizeof(T) == 4) {
      if (d % L == 0) {
        for (int64_t x = 0; x < d; x += L) vstore(dst + x, vload_float<IN>(g + x));
        continue;
      }
    }
    for (int64_t x = 0; x < d; ++x) dst[x] = C::ld(g, x);
  }
}

// Query row i of head h: P = exp(scale S + bias + mask - lse) into srow (S on entry), then
// dS = P (dP - D) with D = sum_j P_j dP_j into dsrow (dP on entry), also into the
// bias-gradient row db (added when db_add, else stored: the chunk's first window needs no
// zeroing). D from P and dP (the softmax adjoint as autograd forms it), not dO . O: the
// saved output is never read (an eighth of the backward's memory traffic).
template <class T>
static TPS_ALWAYS_INLINE void softmax_grad_row(const CpuAttnArgs& a, int64_t w, int64_t h,
                                               bool region, Work<T>& ws, int64_t i, T* srow,
                                               T* dsrow, T* db, bool db_add, T scale = (T)1) {
  typedef typename VT<T>::V V;
  constexpr int L = VT<T>::L;
  const int64_t np = a.np;
  V dacc = V{};
  auto prob = [&](int64_t j, V x, T shift) {
    const V p = vexp_minus(x, shift);  // padded columns: exp(-inf) = 0
    vstore(srow + j, p);
    dacc += p * vload<V>(dsrow + j);
  };
  if constexpr (sizeof(T) == 8) {
    // float64: recompute the logsumexp exactly instead of the float32 saved one
    const T m = hmax(add_bias_mask(a, w, h, region, ws, i, srow, scale));
    V sum = V{};
    for (int64_t j = 0; j < np; j += L) sum += vexp(vload<V>(srow + j) - m);
    const T shift = m + __builtin_log(hsum(sum));
    for (int64_t j = 0; j < np; j += L) prob(j, vload<V>(srow + j), shift);
  } else {
    const T shift = (T)a.lse_in[(w * a.num_heads + h) * a.g.n_slots + i];
    bias_mask_rows(a, bias_mask_row(a, w, h, ws, i), region, ws, i, srow, scale,
                   [&](int64_t j, V x) { prob(j, x, shift); });
  }
  const V di = vset1<V>(hsum(dacc));
  for (int64_t j = 0; j < np; j += L) {
    const V dsv = vload<V>(srow + j) * (vload<V>(dsrow + j) - di);
    vstore(dsrow + j, dsv);
    if (db) vstore(db + j, db_add ? vload<V>(db + j) + dsv : dsv);
  }
}

// dst rows i < n (ld dp) = columns of src (d x np, ld np): dK, dV from dK^T, dV^T.
template <class T>
static inline void transpose_head(const CpuAttnArgs& a, const T* src, T* dst) {
  constexpr int L = VT<T>::L;
  const int64_t n = a.g.n_slots, d = a.head_dim, np = a.np, dp = a.dp;
#if TPS_CORE_AVX512
  if constexpr (sizeof(T) == 4 && L == 16) {  // 16 x 16 tiles in registers (was per element)
    for (int64_t x = 0; x < dp; x += 16)
      for (int64_t j = 0; j < np; j += 16) {
        __m512i r[16];
        for (int l = 0; l < 16; ++l) r[l] = _mm512_loadu_si512(src + (x + l) * np + j);
        transpose16x16_store(r, (uint32_t*)(dst + j * dp + x), dp);
      }
    return;
  }
#endif
  if constexpr (sizeof(T) == 4 && (L == 8 || L == 4)) {
    typedef typename VT<T>::V V;
    for (int64_t x = 0; x < dp; x += L)
      for (int64_t j = 0; j < np; j += L) {
        V r[L];
        for (int l = 0; l < L; ++l) r[l] = vload<V>(src + (x + l) * np + j);
        transpose_store<L>(r, dst + j * dp + x, dp);
      }
  } else {
    for (int64_t i = 0; i < n; ++i)
      for (int64_t x = 0; x < d; ++x) dst[i * dp + x] = src[x * np + i];
  }
}

// Backward of small windows (N <= kBwdBlockKeys): per (window, head), kBwdRowBlock query rows
// at a time, as the forward: the block's dO rows, S = (scale q) k^T and dP = dO v^T, one pass
// per row through P and dS (softmax_grad_row), dQ' = dS k of the block, and dV^T += dO^T P,
// dK^T += (sq)^T dS summed over the blocks (the first block stores; the block's P and dS rows
// are the GEMM's vector operand), transposed to rows once per head. The block's S, dP and the
// head's dK^T, dV^T stay in L1 beside q, k, v (a whole head's S, dS, dQ, dK, dV did not).
// N = nv L + 1 (7 x 7 windows on 8 lanes: 49 = 6 x 8 + 1) keeps the last key out of the GEMMs,
// as the forward does: its scores and dP are dot products, its dV / dK columns sums of rows,
// instead of a GEMM vector with one useful lane. Needs dp % 4 == 0 (GEMM rows).
constexpr int64_t kBwdBlockKeys = 64;
// Rows per block, a multiple of 4: 32 measured faster than 16 (each block loads and stores
// dK^T, dV^T) and than the whole head of 49 (AVX2, 7 x 7).
constexpr int64_t kBwdRowBlock = 32;

template <int IN, class T, class F>
static inline void bwd_head_blocks(const CpuAttnArgs& a, int64_t w, int64_t h, bool region,
                                   Work<T>& ws, T* dbias, bool db_add, const F& step) {
  typedef typename VT<T>::V V;
  constexpr int L = VT<T>::L;
  const int64_t n = a.g.n_slots, d = a.head_dim, np = a.np, dp = a.dp;
  const bool tail = n % L == 1 && n > L;
  const int64_t nv = tail ? n / L : np / L;  // key vectors through the GEMMs
  const int64_t last = n - 1;
  T* sb = ws.s;    // the block's S, then P (kBwdRowBlock x np)
  T* dsb = ws.ds;  // the block's dP, then dS
  for (int64_t i0 = 0; i0 < n; i0 += kBwdRowBlock) {
    const int64_t cnt = n - i0 < kBwdRowBlock ? n - i0 : kBwdRowBlock;
    const int64_t rows = round_up(cnt, 4);
    const T* q = ws.q + i0 * dp;
    const T* dout = ws.dout + i0 * dp;
    dout_rows<IN, T>(a, ws, h, i0, i0 + cnt);
    gemm<T>(q, dp, ws.kt, np, sb, np, rows, d, nv);      // S
    gemm<T>(dout, dp, ws.vt, np, dsb, np, rows, d, nv);  // dP = dO v^T
    if (tail) {  // the last key's S and dP, zeros in the padded columns
      for (int64_t r = 0; r < cnt; ++r) {
        V sl = V{}, dl = V{};
        sl[0] = vdot(q + r * dp, ws.k + last * dp, dp);  // padded channels are zero
        dl[0] = vdot(dout + r * dp, ws.v + last * dp, dp);
        vstore(sb + r * np + nv * L, sl);
        vstore(dsb + r * np + nv * L, dl);
      }
    }
    for (int64_t r = 0; r < cnt; ++r) {
      step(i0 + r);
      softmax_grad_row(a, w, h, region, ws, i0 + r, sb + r * np, dsb + r * np,
                       dbias ? dbias + (i0 + r) * np : nullptr, db_add);
    }
    gemm<T>(dsb, np, ws.k, dp, ws.dq + i0 * dp, dp, rows, n, dp / L);       // dQ' = dS k
    gemm_strided<T>(dout, 1, dp, sb, np, ws.dvt, np, dp, cnt, nv, i0 > 0);  // dV^T (+)= dO^T P
    gemm_strided<T>(q, 1, dp, dsb, np, ws.dkt, np, dp, cnt, nv, i0 > 0);    // dK^T (+)= (sq)^T dS
    if (tail) {  // the last key's columns of dV^T, dK^T: sums of the block's rows
      for (int64_t x = 0; x < dp; x += L) {
        V dv = V{}, dk = V{};
        for (int64_t r = 0; r < cnt; ++r) {
          dv += vset1<V>(sb[r * np + last]) * vload<V>(dout + r * dp + x);
          dk += vset1<V>(dsb[r * np + last]) * vload<V>(q + r * dp + x);
        }
        for (int l = 0; l < L; ++l) {
          T* pv = ws.dvt + (x + l) * np + last;
          T* pk = ws.dkt + (x + l) * np + last;
          *pv = i0 > 0 ? *pv + dv[l] : dv[l];
          *pk = i0 > 0 ? *pk + dk[l] : dk[l];
        }
      }
    }
  }
  transpose_head(a, ws.dvt, ws.dv);
  transpose_head(a, ws.dkt, ws.dk);
}

// bwd_impl's hook for another per-(window, head) backward: HEAD::run computes ws.dq, ws.dk
// (scale included) and ws.dv rows from the storage rows and returns true, or returns false
// for the float kernels below (attn_bf16.h's vdpbf16ps backward is one).
struct FloatHead {
  template <class T, class F>
  static bool run(const CpuAttnArgs&, int64_t, int64_t, bool, Work<T>&, T*, bool, const F&) {
    return false;
  }
};

// A chunk's bias gradient (heads, N, np), still in cache, -> its (bias_slots, heads) rows
// of dbias_partial: each slot (table row of the plane) sums its (i, j) in order. The table
// sum then reads a fraction of the bytes (a plane repeats its rows), head-contiguous. Float:
// K keys x K heads at a time, transposed in registers (plane_bias's tiles in reverse) and
// added to K slots' rows as vectors; the order of every slot's sum stays (i, j).
template <int K, class T>
static void fold_dbias_tiles(const CpuAttnArgs& a, const int32_t* slot, const T* part, T* dst) {
  typedef float VK __attribute__((vector_size(4 * K)));
  const int64_t n = a.g.n_slots, np = a.np, h = a.num_heads, tiled = h / K * K, hs = n * np;
  alignas(64) float t[K * K];
  for (int64_t i = 0; i < n; ++i) {
    const T* row = part + i * np;
    const int32_t* sl = slot + i * n;
    int64_t j = 0;
    for (; j + K <= n; j += K) {
      for (int64_t g = 0; g < tiled; g += K) {
        VK r[K];
        for (int k = 0; k < K; ++k) r[k] = vload<VK>(row + (g + k) * hs + j);
        transpose_store<K>(r, t, K);  // t[k K + x]: key j + k, head g + x
        for (int k = 0; k < K; ++k) {
          T* d = dst + sl[j + k] * h + g;
          vstore(d, vload<VK>(d) + vload<VK>(t + k * K));
        }
      }
      for (int k = 0; k < K; ++k)
        for (int64_t head = tiled; head < h; ++head)
          dst[sl[j + k] * h + head] += row[head * hs + j + k];
    }
    for (; j < n; ++j)
      for (int64_t head = 0; head < h; ++head) dst[sl[j] * h + head] += row[head * hs + j];
  }
}

template <class T>
static void fold_dbias(const CpuAttnArgs& a, int64_t chunk, int64_t plane, const T* part) {
  constexpr int L = VT<T>::L;
  const int64_t n = a.g.n_slots, np = a.np, h = a.num_heads;
  T* dst = (T*)a.dbias_partial + chunk * a.bias_slots * h;
  const int32_t* slot = a.bias_slot + plane * n * n;
  for (int64_t k = 0; k < a.bias_slots * h; ++k) dst[k] = 0;
  if constexpr (sizeof(T) == 4 && L >= 4) {
    if (h >= 4)
      return L >= 8 && h % 8 == 0 ? fold_dbias_tiles<8>(a, slot, part, dst)
                                  : fold_dbias_tiles<4>(a, slot, part, dst);
  }
  for (int64_t i = 0; i < n; ++i) {
    for (int64_t j = 0; j < n; ++j) {
      T* d = dst + slot[i * n + j] * h;
      const T* s = part + i * np + j;
      for (int64_t head = 0; head < h; ++head) d[head] += s[head * n * np];
    }
  }
}

template <int IN, class T, class HEAD = FloatHead>
static void bwd_impl(const CpuAttnArgs& a, int64_t begin, int64_t end, void* ws_raw) {
  typedef typename VT<T>::V V;
  constexpr int L = VT<T>::L;
  typedef Storage<IN, T> C;
  typedef typename C::S S;
  Work<T> ws = workspace<T>(a, true, ws_raw);
  const int64_t n = a.g.n_slots, d = a.head_dim, c = a.num_heads * d;
  const int64_t np = a.np, nr = a.nr, dp = a.dp;
  const int64_t per_group = a.g.n_y * a.g.n_x;
  const S* gout = (const S*)a.grad_out;
  S* gqkv = (S*)a.grad_qkv;
  const S* qkv = (const S*)a.qkv;
  if (begin >= end) return;
  // Windows [first, last) of chunks [begin, end): consecutive chunks hold consecutive
  // windows, so the next work item after a chunk's last window is w + 1.
  auto chunk_windows = [&](int64_t chunk, int64_t& w0, int64_t& w1) {
    const int64_t group_end = (chunk / a.chunks_per_group + 1) * per_group;
    w0 = a.chunk_first_window(chunk);
    w1 = w0 + a.chunk < group_end ? w0 + a.chunk : group_end;
  };
  int64_t first, last, unused;
  chunk_windows(begin, first, unused);
  chunk_windows(end - 1, unused, last);
  window_rows(a, first, ws.rows_next);
  prefetch_rows(qkv, ws.rows_next, n, 3 * c, false);
  const bool per_head = n * 4 * c * (int64_t)sizeof(S) > kBwdWindowPrefetch;
  const int64_t pf_per_row = prefetch_lines_per_row(a, 3 * c * (int64_t)sizeof(S));
  // Work item = chunk of windows (all heads); per-(chunk, head) bias-gradient partials (the
  // chunk's first window stores, the others add).
  for (int64_t chunk = begin; chunk < end; ++chunk) {
    int64_t w0, w1;
    chunk_windows(chunk, w0, w1);
    for (int64_t w = w0; w < w1; ++w) {
      const bool has_next = advance_rows(a, ws, w, last);
      PrefetchCursor pf, pf_g;  // the next window's whole rows (!per_head)
      if (has_next && !per_head) {
        pf.reset(qkv, ws.rows_next, n, 3 * c * (int64_t)sizeof(S));
        pf_g.reset(gout, ws.rows_next, n, c * (int64_t)sizeof(S));
      }
      const bool region = window_labels(a, w, ws);
      window_bias(a, w, ws);
      window_kv_rows(a, ws);
      for (int64_t h = 0; h < a.num_heads; ++h) {
        // per_head: the next work item is head h + 1 of this window, or head 0 of the next one
        const int64_t* next_rows = !per_head             ? nullptr
                                   : h + 1 < a.num_heads ? ws.rows
                                   : has_next            ? ws.rows_next
                                                         : nullptr;
        const int64_t next_h = h + 1 < a.num_heads ? h + 1 : 0;
        T* dbias = a.dbias_partial ? ws.dbias + h * n * np : nullptr;
        auto step = [&](int64_t i) {
          if (next_rows != nullptr) {
            prefetch_bwd_row<S>(a, next_rows[i], next_h);
          } else {
            pf.step(pf_per_row);
            pf_g.step(pf_per_row / 3 + 1);
          }
        };
        if (!HEAD::run(a, w, h, region, ws, dbias, w > w0, step)) {
          gather_window<IN, T>(a, w, h, ws, true);
          if (n <= kBwdBlockKeys && dp % 4 == 0) {
            bwd_head_blocks<IN, T>(a, w, h, region, ws, dbias, w > w0, step);
          } else {
            dout_rows<IN, T>(a, ws, h, 0, n);
            gemm<T>(ws.q, dp, ws.kt, np, ws.s, np, nr, d, np / L);      // S
            gemm<T>(ws.dout, dp, ws.vt, np, ws.ds, np, nr, d, np / L);  // dP = dO v^T
            for (int64_t i = 0; i < n; ++i) {
              step(i);
              softmax_grad_row(a, w, h, region, ws, i, ws.s + i * np, ws.ds + i * np,
                               dbias ? dbias + i * np : nullptr, w > w0);
            }
            gemm_strided<T>(ws.s, 1, np, ws.dout, dp, ws.dv, dp, nr, n, dp / L);  // dV = P^T dO
            gemm<T>(ws.ds, np, ws.k, dp, ws.dq, dp, nr, n, dp / L);               // dQ' = dS k
            gemm_strided<T>(ws.ds, 1, np, ws.q, dp, ws.dk, dp, nr, n, dp / L);    // dK = dS^T (sq)
          }
        }
        const T scale = (T)a.scale;
        for (int64_t i = 0; i < n; ++i) {
          S* dst = gqkv + ws.rows[i] * 3 * c + h * d;
          const T* dq = ws.dq + i * dp;
          const T* dk = ws.dk + i * dp;
          const T* dv = ws.dv + i * dp;
          if constexpr (IN != kF64 && sizeof(T) == 4) {  // rows written once: streamed
            if (can_stream<IN>(dst, d) && can_stream<IN>(dst + c, d) && !a.has_kv_time_shift()) {
              for (int64_t x = 0; x < d; x += L) {
                vstore_float<IN, true>(dst + x, vload<V>(dq + x) * scale);
                vstore_float<IN, true>(dst + c + x, vload<V>(dk + x));
                vstore_float<IN, true>(dst + 2 * c + x, vload<V>(dv + x));
              }
              continue;
            }
          }
          for (int64_t x = 0; x < d; ++x) C::st(dst, x, dq[x] * scale);
          if (a.grad_kv != nullptr) {  // kv_time_shift, self boundary: summed by kv_grad
            T* gkv = (T*)a.grad_kv + ws.rows[i] * 2 * c + h * d;
            for (int64_t x = 0; x < d; ++x) gkv[x] = dk[x];
            for (int64_t x = 0; x < d; ++x) gkv[c + x] = dv[x];
          } else if (!a.has_kv_time_shift()) {
            for (int64_t x = 0; x < d; ++x) C::st(dst + c, x, dk[x]);
            for (int64_t x = 0; x < d; ++x) C::st(dst + 2 * c, x, dv[x]);
          }
        }
        if (a.has_kv_time_shift() && a.grad_kv == nullptr) scatter_kv_grad<IN, T>(a, h, ws);
      }
    }
    if (a.dbias_partial) fold_dbias(a, chunk, a.bias_plane(w0), ws.dbias);
  }
  stream_fence();
}

// The rest of kv_time_shift's adjoint for rows [begin, end), after bwd: the input gradient
// of row r's key / value channel is the sum, in tps::kv_grad_rows' order, of the shifted-k
// / v gradients of the <= 2 rows that read it, 0 when none does. With grad_kv (the self
// boundary: edge rows are read twice) it sums those; otherwise bwd has scattered the single
// reads already and only the unread elements are zeroed. ws: 3 kv_num_offsets int64.
template <int IN, class T>
static void kv_grad_impl(const CpuAttnArgs& a, int64_t begin, int64_t end, void* ws) {
  typedef Storage<IN, T> C;
  typedef typename C::S S;
  const int64_t d = a.head_dim, c = a.num_heads * d;
  const T* gkv = (const T*)a.grad_kv;
  S* gqkv = (S*)a.grad_qkv;
  int64_t* count = (int64_t*)ws;            // per distinct offset: readers of row r
  int64_t* src = count + a.kv_num_offsets;  // their rows, 2 per offset
  for (int64_t r = begin; r < end; ++r) {
    for (int64_t o = 0; o < a.kv_num_offsets; ++o)
      count[o] = kv_grad_rows(a.g, r, a.kv_offsets[o], a.kv_time_shift_boundary, src + 2 * o);
    S* dst = gqkv + r * 3 * c + c;
    for (int64_t h = 0; h < a.num_heads; ++h) {
      for (int64_t ri = a.kv_head_runs[h]; ri < a.kv_head_runs[h + 1]; ++ri) {
        const KvRun run = a.kv_runs[ri];
        const int64_t n_src = count[run.offset];
        if (gkv == nullptr && n_src > 0) continue;         // scattered by bwd
        for (int64_t part = 0; part < 2 * c; part += c) {  // key, then value
          const int64_t x0 = part + h * d + run.begin, x1 = part + h * d + run.end;
          const int64_t* rows = src + 2 * run.offset;
          if (n_src == 0) {
            for (int64_t x = x0; x < x1; ++x) C::st(dst, x, (T)0);
          } else if (n_src == 1) {
            const T* g0 = gkv + rows[0] * 2 * c;
            for (int64_t x = x0; x < x1; ++x) C::st(dst, x, g0[x]);
          } else {
            const T* g0 = gkv + rows[0] * 2 * c;
            const T* g1 = gkv + rows[1] * 2 * c;
            for (int64_t x = x0; x < x1; ++x) C::st(dst, x, g0[x] + g1[x]);
          }
        }
      }
    }
  }
}

#include "round_to_bf16.h"

static const KernelSet& make_kernel_set(const char* isa) {
  static const KernelSet set = {
      isa,
      {&prepare_impl<float>, &prepare_impl<double>, &prepare_impl<float>, &prepare_impl<float>},
      {&fwd_float<kF32>, &fwd_impl<kF64, double>, &fwd_float<kBF16>, &fwd_float<kF16>},
      {&bwd_impl<kF32, float>, &bwd_impl<kF64, double>, &bwd_impl<kBF16, float>,
       &bwd_impl<kF16, float>},
      {&kv_grad_impl<kF32, float>, &kv_grad_impl<kF64, double>, &kv_grad_impl<kBF16, float>,
       &kv_grad_impl<kF16, float>},
      {&bias_rows_impl<float>, &bias_rows_impl<double>, &bias_rows_impl<float>,
       &bias_rows_impl<float>},
      &round_to_bf16_impl,
  };
  return set;
}
