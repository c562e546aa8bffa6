// tps::round_to_bf16's kernel, included by attn_core.h (so once per ISA, with its vector
// type, vexp and vround_bf16): float32 values rounded to bfloat16 precision and kept in
// float32 storage, optionally with the exact (erf) GELU between two roundings. That is what
// CPU bf16 autocast computes around a GELU (a bf16 linear's output, the GELU in float32,
// rounded again), in one pass and without a bf16 copy; tps_kernels/nn/cpu_bf16.py uses it on
// CPUs without bf16 GEMMs.
// No include guard on purpose (see attn_core.h).

// erf by Abramowitz-Stegun 7.1.26 (abs. error 1.5e-7), the formula of ATen's vectorized
// float erf, so the rounded GELU agrees with ATen's bf16 GELU except at rounding ties.
static TPS_ALWAYS_INLINE VT<float>::V verf(VT<float>::V x) {
  typedef VT<float>::V V;
  typedef uint32_t U __attribute__((vector_size(sizeof(V))));
  U bits, sign;
  __builtin_memcpy(&bits, &x, sizeof(U));
  sign = bits & 0x80000000u;
  bits ^= sign;
  V a;
  __builtin_memcpy(&a, &bits, sizeof(U));
  const V t = 1.0f / (a * 0.3275911f + 1.0f);
  V r = t * 1.061405429f - 1.453152027f;
  r = r * t + 1.421413741f;
  r = r * t - 0.284496736f;
  r = r * t + 0.254829592f;
  V y = 1.0f - r * t * vexp(-(a * a));  // vexp: 0 below -87, where erf is 1 in float
  __builtin_memcpy(&bits, &y, sizeof(U));
  bits ^= sign;
  __builtin_memcpy(&y, &bits, sizeof(U));
  return y;
}

template <bool GELU>
static TPS_ALWAYS_INLINE VT<float>::V round_to_bf16_vec(VT<float>::V v) {
  v = vround_bf16(v);
  if constexpr (GELU) v = vround_bf16(v * 0.5f * (1.0f + verf(v * 0.70710678118654752f)));
  return v;
}

template <bool GELU>
static void round_to_bf16_run(const float* src, float* dst, int64_t n) {
  typedef VT<float>::V V;
  constexpr int L = VT<float>::L;
  // (2 or 4 vectors per step measured no faster: the GELU is throughput-bound)
  int64_t i = 0;
  for (; i + L <= n; i += L) vstore(dst + i, round_to_bf16_vec<GELU>(vload<V>(src + i)));
  if (i < n) {  // the tail through one zero-padded vector
    V t = V{};
    __builtin_memcpy(&t, src + i, (size_t)(n - i) * 4);
    t = round_to_bf16_vec<GELU>(t);
    __builtin_memcpy(dst + i, &t, (size_t)(n - i) * 4);
  }
}

// dst[0, n) = round(src[0, n)), or round(gelu(round(src))) when gelu; dst may be src.
static void round_to_bf16_impl(const float* src, float* dst, int64_t n, bool gelu) {
  if (gelu)
    round_to_bf16_run<true>(src, dst, n);
  else
    round_to_bf16_run<false>(src, dst, n);
}
