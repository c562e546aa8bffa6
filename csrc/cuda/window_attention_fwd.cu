// Forward of tps::window_attention_fwd on CUDA: the whole PST window attention (roll,
// partition, temporal patch shift, QK^T + bias + mask, softmax, @V, shift back, reverse,
// roll back) as one launch. Every gather/scatter row comes from tps::source_row (index.h),
// the same function the CPU kernels run in CI.
//
// fp16/bf16 with N <= 64 and head_dim in {16, 32, 48, 64} (the PST shape) go to the
// tensor-core kernel (window_attention_fwd_tc.cu); everything else runs the generic kernel
// here: one block per (window, head); a block walks the query rows in passes of blockDim/G
// rows, G lanes per row (G = 1 for head_dim <= 32, 2 for <= 64, 4 for <= 128:
// FWD_LANES_SWITCH), each lane holding 32 interleaved channels (d = e*G + lane) in
// registers. Keys/values stream through shared memory in tiles of 64/G rows (fp32/fp64
// accumulation); an online softmax over the tiles keeps any N (Video-Swin's 392) in bounded
// memory. lse (float32, (windows, heads, N)) is the only thing saved for backward.
// KV (kv_time_shift given): the K/V tiles are gathered through kv_source_row per channel run
// (load_tile<..., KV>); KV = false is the kernel without it, unchanged.
#include <torch/library.h>

#include <type_traits>

#include "static_switch.h"
#include "window_attention_common.cuh"

namespace tps {
namespace cuda {
namespace {

// KV: min 1 block per SM (up to 255 registers); without it ptxas (CUDA 13) keeps the KV
// instantiations near 128 registers and spills. KV = false: no minimum, as before.
template <typename T, int G, int DPT, bool KV>
__global__ void __launch_bounds__(kMaxThreads, KV ? 1 : 0)
    window_attention_fwd_kernel_impl(const T* __restrict__ qkv, T* __restrict__ out,
                                     float* __restrict__ lse,
                                     const CudaAttnArgs<at::opmath_type<T>> p) {
  using A = at::opmath_type<T>;
  constexpr int DMAX = G * DPT, KT = kTile / DMAX;
  static_assert(KT % kSub == 0, "key tile must be a multiple of the softmax step");
  __shared__ A sK[KT][DMAX];
  __shared__ A sV[KT][DMAX];
  __shared__ int64_t sRow[KT];
  __shared__ int sLab[KT];
  __shared__ int sKvOff[KV ? DMAX : 1];  // KV: this head's frame offset per channel
  __shared__ int sFrame[KV ? KT : 1];    // KV: frame of each tile row

  const int64_t w = blockIdx.x, h = blockIdx.y;
  const int tid = threadIdx.x, lane = tid % G, rows_per_pass = blockDim.x / G;
  const int64_t N = p.g.n_slots, C = p.channels, C3 = 3 * C;
  const int D = (int)p.head_dim;
  const int64_t* idx_plane = window_bias_index(p, w);
  const A* mask_plane = window_mask(p, w);
  const A kNegInf = A(-INFINITY);
  if constexpr (KV) load_kv_offsets(p.kv_time_shift, h, D, DMAX, sKvOff);  // synced below
  const KvShift kv{sKvOff, sFrame, p.kv_time_shift_boundary};

  for (int64_t q0 = 0; q0 < N; q0 += rows_per_pass) {
    const int64_t i = q0 + tid / G;
    const bool active = i < N;
    const int64_t ic = active ? i : N - 1;  // idle lanes shadow a valid row (shuffles need them)
    const int64_t qrow = source_row(p.g, p.frame_shift, w, ic);
    const int li = p.g.has_region_mask ? (int)region_label(p.g, w, ic) : 0;
    A q[DPT], acc[DPT];
    load_lane<T, A, G, DPT>(q, qkv, qrow, C3, h * D, D, lane, p.scale);
#pragma unroll
    for (int e = 0; e < DPT; ++e) acc[e] = A(0);
    A m = kNegInf, l = A(0);

    for (int64_t k0 = 0; k0 < N; k0 += KT) {
      const int kn = (int)(N - k0 < KT ? N - k0 : KT);
      __syncthreads();  // the previous tile is consumed
      load_rows<KV>(p, w, k0, kn, sRow, sLab, sFrame);
      __syncthreads();
      load_tile<T, A, KT, DMAX, KV>(sK, qkv, sRow, kn, C3, C + h * D, D, p.vec_loads, A(1), p.g,
                                    kv);
      load_tile<T, A, KT, DMAX, KV>(sV, qkv, sRow, kn, C3, 2 * C + h * D, D, p.vec_loads, A(1), p.g,
                                    kv);
      __syncthreads();
      for (int c0 = 0; c0 < kn; c0 += kSub) {
        A s[kSub];
#pragma unroll
        for (int u = 0; u < kSub; ++u) {
          const int jj = c0 + u;  // < KT; rows >= kn are zeros in smem
          A v = dot_row<G, DPT>(q, sK[jj], lane);
          s[u] = jj < kn ? v + score_extra(p, idx_plane, mask_plane, h, ic, k0 + jj, li, sLab[jj])
                         : kNegInf;
        }
        A mx = m;
#pragma unroll
        for (int u = 0; u < kSub; ++u) mx = s[u] > mx ? s[u] : mx;
        // all -inf so far (fully masked with -inf): keep the exponentials at exactly 0
        const A m_use = mx == kNegInf ? A(0) : mx;
        const A corr = dev_exp<A>(m - m_use);
        l *= corr;
#pragma unroll
        for (int e = 0; e < DPT; ++e) acc[e] *= corr;
#pragma unroll
        for (int u = 0; u < kSub; ++u) {
          const A pu = dev_exp<A>(s[u] - m_use);
          l += pu;
          const A* vrow = sV[c0 + u];
#pragma unroll
          for (int e = 0; e < DPT; ++e) acc[e] += pu * vrow[e * G + lane];
        }
        m = mx;
      }
    }
    if (active) {
      store_lane<T, A, G, DPT>(acc, out, qrow, C, h * D, D, lane, A(1) / l);
      if (lane == 0) lse[(w * p.num_heads + h) * N + i] = static_cast<float>(m + dev_log<A>(l));
    }
  }
}

// The tensor-core kernel for fp16/bf16 when it applies (window_attention_fwd_tc.cu), else
// the generic kernel.
template <typename T>
void launch_fwd(const at::Tensor& qkv, at::Tensor& out, at::Tensor& lse,
                const CudaAttnArgs<at::opmath_type<T>>& p) {
  if constexpr (std::is_same<T, c10::Half>::value || std::is_same<T, c10::BFloat16>::value) {
    if (window_attention_fwd_tc(qkv, out, lse, p)) return;
  }
  FWD_LANES_SWITCH(p.head_dim, G, [&] {
    KV_SHIFT_SWITCH(p.has_kv_time_shift(), KV, [&] {
      auto kernel = window_attention_fwd_kernel_impl<T, G, kFwdDPT, KV>;
      const dim3 grid((unsigned)p.g.n_windows, (unsigned)p.num_heads);
      TPS_LAUNCH(kernel, grid, threads_for(p.g.n_slots, G), 0, current_stream(), qkv.data_ptr<T>(),
                 out.data_ptr<T>(), lse.data_ptr<float>(), p);
      C10_CUDA_KERNEL_LAUNCH_CHECK();
    });
  });
}

}  // namespace

std::tuple<at::Tensor, at::Tensor> window_attention_fwd_kernel(
    const at::Tensor& qkv, const std::optional<at::Tensor>& bias_table,
    const std::optional<at::Tensor>& bias_index, const std::optional<at::Tensor>& frame_shift,
    const std::optional<at::Tensor>& mask, int64_t num_heads, at::IntArrayRef window,
    at::IntArrayRef shift, int64_t batch_size, int64_t num_frames, double scale, double mask_value,
    const std::optional<at::Tensor>& kv_time_shift, c10::string_view kv_time_shift_boundary) {
  const DeviceGuard guard(qkv.device());
  const Prepared pr = prepare(qkv, bias_table, bias_index, frame_shift, mask, num_heads, window,
                              shift, batch_size, num_frames, kv_time_shift, kv_time_shift_boundary);
  auto [out, lse] = new_forward_outputs(qkv, pr.g, num_heads);
  TPS_DISPATCH_FLOAT_TYPES(qkv.scalar_type(), "tps_window_attention_fwd_cuda", [&] {
    using A = at::opmath_type<scalar_t>;
    const auto p = make_args<A>(pr, qkv, num_heads, scale, mask_value, {&qkv});
    launch_fwd<scalar_t>(qkv, out, lse, p);
  });
  return {out, lse};
}

}  // namespace cuda
}  // namespace tps

#ifndef TPS_CUDA_EMULATION
TORCH_LIBRARY_IMPL(tps, CUDA, m) {
  m.impl("window_attention_fwd", &tps::cuda::window_attention_fwd_kernel);
}
#endif  // TPS_CUDA_EMULATION
