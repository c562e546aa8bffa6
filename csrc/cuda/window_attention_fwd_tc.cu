// Tensor-core forward of tps::window_attention_fwd for the PST shape (fp16 on sm_70+, bf16 on
// sm_80+): N <= 64 slots (7x7 = 49 padded to 64) and head_dim in {16, 32, 48, 64}; the
// generic kernel (window_attention_fwd.cu) runs everything else.
//
// One block of 4 warps per (window, head): the window's q, k, v rows are gathered through
// tps::source_row into shared memory (zero-padded to 64 rows), S = Q K^T with WMMA
// m16n16k16 (fp32 accumulation, warp w owns rows 16w..16w+15), bias / masks / softmax in
// fp32 by 2 threads per row, unnormalized P (<= 1) stored in the input precision,
// O = P V with WMMA, then O / rowsum scattered back to the source rows. WMMA (not
// mma.sync) keeps sm_70 valid; bf16 fragments need sm_80 and are compiled only there.
// KV (kv_time_shift given): the k/v elements are gathered through kv_source_row (the gather is
// per element already, so no fallback to the generic kernel is needed).
#ifndef TPS_CUDA_EMULATION
#include <cuda_bf16.h>
#include <cuda_fp16.h>
#include <mma.h>
#endif

#include <cstdlib>
#include <type_traits>

#include "static_switch.h"
#include "window_attention_common.cuh"

namespace tps {
namespace cuda {
namespace {

constexpr int kTcRows = 64;      // padded slots
constexpr int kTcThreads = 128;  // 4 warps

#ifdef TPS_CUDA_EMULATION
template <typename T>
struct MmaType {
  using type = T;
};  // emulated WMMA reads c10::Half / c10::BFloat16 directly
#else
template <typename T>
struct MmaType;
template <>
struct MmaType<c10::Half> {
  using type = __half;
};
template <>
struct MmaType<c10::BFloat16> {
  using type = __nv_bfloat16;
};
#endif

// WMMA for this element type exists on the architecture being compiled.
template <typename T>
__host__ __device__ constexpr bool tc_arch_ok() {
#if defined(__CUDA_ARCH__) && __CUDA_ARCH__ < 800
  return std::is_same<T, c10::Half>::value;  // targets start at sm_70
#else
  return true;
#endif
}

template <typename T, int D, bool KV>
__global__ void __launch_bounds__(kTcThreads)
    window_attention_fwd_tc_kernel_impl(const T* __restrict__ qkv, T* __restrict__ out,
                                        float* __restrict__ lse, const CudaAttnArgs<float> p) {
  if constexpr (tc_arch_ok<T>()) {
    namespace wmma = nvcuda::wmma;
    using M = typename MmaType<T>::type;
    constexpr int R = kTcRows;
    constexpr int LDH = D + 8;  // half-precision tiles: rows stay 32-byte aligned
    constexpr int LDP = R + 8;  // P tile
    constexpr int LDS = R + 4;  // fp32 S tile
    constexpr int LDO = D + 4;  // fp32 O tile
    // Q (later P), K, V in the input precision, S (later O) in fp32; 128-byte aligned parts.
    constexpr int kQBytes = ((R * (LDH > LDP ? LDH : LDP) * 2 + 127) / 128) * 128;
    constexpr int kKBytes = ((R * LDH * 2 + 127) / 128) * 128;
    constexpr int kSBytes = R * (LDS > LDO ? LDS : LDO) * 4;
    __align__(128) __shared__ unsigned char smem[kQBytes + 2 * kKBytes + kSBytes];
    __shared__ int64_t sRow[R];
    __shared__ int sLab[R];
    __shared__ float sInvL[R];
    __shared__ int sKvOff[KV ? D : 1];  // KV: this head's frame offset per channel
    __shared__ int sFrame[KV ? R : 1];  // KV: frame of each row
    M* sQ = reinterpret_cast<M*>(smem);
    M* sP = sQ;  // Q is dead once S is computed
    M* sK = reinterpret_cast<M*>(smem + kQBytes);
    M* sV = reinterpret_cast<M*>(smem + kQBytes + kKBytes);
    float* sS = reinterpret_cast<float*>(smem + kQBytes + 2 * kKBytes);
    float* sO = sS;  // S is dead once P is written

    const int64_t w = blockIdx.x, h = blockIdx.y;
    const int tid = threadIdx.x, warp = tid / 32;
    const int64_t N = p.g.n_slots, C = p.channels, C3 = 3 * C;

    for (int r = tid; r < R; r += kTcThreads) {
      if (r < N) {
        sRow[r] = source_row(p.g, p.frame_shift, w, r);
        sLab[r] = p.g.has_region_mask ? (int)region_label(p.g, w, r) : 0;
        if constexpr (KV) sFrame[r] = (int)row_frame(p.g, sRow[r]);
      }
    }
    if constexpr (KV) load_kv_offsets(p.kv_time_shift, h, D, D, sKvOff);
    __syncthreads();
    // gather q, k, v rows as raw 16-bit values (same bits in T and M); pad rows are zeros
    static_assert(sizeof(T) == 2 && sizeof(M) == 2, "16-bit inputs only");
    const uint16_t* src = reinterpret_cast<const uint16_t*>(qkv);
    uint16_t* q16 = reinterpret_cast<uint16_t*>(sQ);
    uint16_t* k16 = reinterpret_cast<uint16_t*>(sK);
    uint16_t* v16 = reinterpret_cast<uint16_t*>(sV);
    for (int idx = tid; idx < R * D; idx += kTcThreads) {
      const int r = idx / D, d = idx % D;
      uint16_t qv = 0, kv = 0, vv = 0;
      if (r < N) {
        const int64_t base = sRow[r] * C3 + h * D + d;
        qv = src[base];
        if constexpr (KV) {
          const int64_t kvr =
              kv_source_row(p.g, sRow[r], sFrame[r], sKvOff[d], p.kv_time_shift_boundary);
          if (kvr >= 0) {
            kv = src[kvr * C3 + C + h * D + d];
            vv = src[kvr * C3 + 2 * C + h * D + d];
          }
        } else {
          kv = src[base + C];
          vv = src[base + 2 * C];
        }
      }
      q16[r * LDH + d] = qv;
      k16[r * LDH + d] = kv;
      v16[r * LDH + d] = vv;
    }
    __syncthreads();

    // S = Q K^T: warp w -> rows [16w, 16w + 16), all 4 column tiles
    {
      wmma::fragment<wmma::matrix_a, 16, 16, 16, M, wmma::row_major> a;
      wmma::fragment<wmma::matrix_b, 16, 16, 16, M, wmma::col_major> b;
      wmma::fragment<wmma::accumulator, 16, 16, 16, float> c;
      for (int ct = 0; ct < R / 16; ++ct) {
        wmma::fill_fragment(c, 0.0f);
        for (int kk = 0; kk < D / 16; ++kk) {
          wmma::load_matrix_sync(a, sQ + (16 * warp) * LDH + 16 * kk, LDH);
          wmma::load_matrix_sync(b, sK + (16 * ct) * LDH + 16 * kk, LDH);  // b(k, n) = K[n][k]
          wmma::mma_sync(c, a, b, c);
        }
        wmma::store_matrix_sync(sS + (16 * warp) * LDS + 16 * ct, c, LDS, wmma::mem_row_major);
      }
    }
    __syncthreads();

    // softmax rows in fp32: 2 threads per row, 32 columns each
    {
      const int r = tid / 2, half = tid % 2;
      const int64_t rc = r < N ? r : N - 1;
      const int lr = p.g.has_region_mask ? (int)region_label(p.g, w, rc) : 0;
      const int64_t* idx_plane = window_bias_index(p, w);
      const float* mask_plane = window_mask(p, w);
      float s[32];
      float m = -INFINITY;
#pragma unroll
      for (int u = 0; u < 32; ++u) {
        const int j = half * 32 + u;
        s[u] = j < N ? sS[r * LDS + j] * p.scale +
                           score_extra(p, idx_plane, mask_plane, h, rc, j, lr, sLab[j])
                     : -INFINITY;
        m = s[u] > m ? s[u] : m;
      }
      m = fmaxf(m, __shfl_xor_sync(0xffffffffu, m, 1));
      const float m_use = m == -INFINITY ? 0.f : m;
      float l = 0.f;
      M* prow = sP + r * LDP + half * 32;
#pragma unroll
      for (int u = 0; u < 32; ++u) {
        const float e = expf(s[u] - m_use);
        l += e;
        const T pt = static_cast<T>(e);
        *reinterpret_cast<uint16_t*>(prow + u) = *reinterpret_cast<const uint16_t*>(&pt);
      }
      l += __shfl_xor_sync(0xffffffffu, l, 1);
      if (half == 0) {
        sInvL[r] = 1.f / l;
        if (r < N) lse[(w * p.num_heads + h) * N + r] = m + logf(l);
      }
    }
    __syncthreads();

    // O = P V: warp w -> rows [16w, 16w + 16), D / 16 column tiles, 4 k-steps over keys
    {
      wmma::fragment<wmma::matrix_a, 16, 16, 16, M, wmma::row_major> a;
      wmma::fragment<wmma::matrix_b, 16, 16, 16, M, wmma::row_major> b;
      wmma::fragment<wmma::accumulator, 16, 16, 16, float> c;
      for (int ct = 0; ct < D / 16; ++ct) {
        wmma::fill_fragment(c, 0.0f);
        for (int kk = 0; kk < R / 16; ++kk) {
          wmma::load_matrix_sync(a, sP + (16 * warp) * LDP + 16 * kk, LDP);
          wmma::load_matrix_sync(b, sV + (16 * kk) * LDH + 16 * ct, LDH);
          wmma::mma_sync(c, a, b, c);
        }
        wmma::store_matrix_sync(sO + (16 * warp) * LDO + 16 * ct, c, LDO, wmma::mem_row_major);
      }
    }
    __syncthreads();

    for (int idx = tid; idx < N * D; idx += kTcThreads) {
      const int r = idx / D, d = idx % D;
      out[sRow[r] * C + h * D + d] = static_cast<T>(sO[r * LDO + d] * sInvL[r]);
    }
  } else {
#ifdef __CUDA_ARCH__
    __trap();  // the host never launches it here (compute capability checked)
#endif
  }
}

// Whether the tensor-core forward handles this call (else the generic kernel runs).
inline bool tc_forward_applies(at::ScalarType st, int64_t n_slots, int64_t head_dim) {
  if (st != at::kHalf && st != at::kBFloat16) return false;
  if (n_slots > kTcRows || head_dim % 16 != 0 || head_dim > 64) return false;
  const char* off = std::getenv("TPS_CUDA_TENSOR_CORES");
  if (off != nullptr && off[0] == '0') return false;  // opt-out switch (A/B timing, debugging)
  int major = compute_capability_major();
  return st == at::kHalf ? major >= 7 : major >= 8;
}

template <typename T>
void launch_fwd_tc(const at::Tensor& qkv, at::Tensor& out, at::Tensor& lse,
                   const CudaAttnArgs<float>& p) {
  TC_HEAD_DIM_SWITCH(p.head_dim, D, [&] {
    KV_SHIFT_SWITCH(p.has_kv_time_shift(), KV, [&] {
      auto kernel = window_attention_fwd_tc_kernel_impl<T, D, KV>;
      const dim3 grid((unsigned)p.g.n_windows, (unsigned)p.num_heads);
      TPS_LAUNCH(kernel, grid, kTcThreads, 0, current_stream(), qkv.data_ptr<T>(),
                 out.data_ptr<T>(), lse.data_ptr<float>(), p);
      C10_CUDA_KERNEL_LAUNCH_CHECK();
    });
  });
}

}  // namespace

bool window_attention_fwd_tc(const at::Tensor& qkv, at::Tensor& out, at::Tensor& lse,
                             const CudaAttnArgs<float>& p) {
  if (!tc_forward_applies(qkv.scalar_type(), p.g.n_slots, p.head_dim)) return false;
  TC_DTYPE_SWITCH(qkv.scalar_type(), T, [&] { launch_fwd_tc<T>(qkv, out, lse, p); });
  return true;
}

}  // namespace cuda
}  // namespace tps
