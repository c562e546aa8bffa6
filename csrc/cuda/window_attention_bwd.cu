// Backward of tps::window_attention_bwd on CUDA (FlashAttention-2 style, but deterministic
// without atomics): one block per (group of windows, head). Pass A (a lane group per query
// row) recomputes P from the saved lse and accumulates dQ and the row's dS into its own row
// of a per-group dS buffer; pass B (a lane group per key row) recomputes P and dS and
// accumulates dK, dV. Each dS entry / gradient row has exactly one writer and a fixed
// summation order, so results are bitwise reproducible. The dS buffers (per group, summed
// over the group's windows, which all share one bias plane) are then reduced into dTable by
// bias_grad_reduce_kernel_impl in a fixed order. G lanes per row: BWD_LANES_SWITCH.
// KV (kv_time_shift given): K/V are gathered through kv_source_row, and pass B writes the gradient
// w.r.t. the SHIFTED k/v of each row into a workspace (compute type); then
// kv_time_shift_adjoint_kernel_impl sums, per input row and channel, the workspace rows that
// read it (kv_grad_rows, index.h) into grad_qkv: a gather, so still no atomics.
#include <torch/library.h>

#include <algorithm>
#include <type_traits>

#include "static_switch.h"
#include "window_attention_common.cuh"

namespace tps {
namespace cuda {
namespace {

constexpr int64_t kDsBufferBytes = int64_t(256) << 20;  // global dS buffer, about at most
constexpr int64_t kDsSmemBytes = 12 * 1024;             // a group's dS in shared memory

// How the backward splits the windows into groups, one block per (group, head). Windows
// that share a bias plane form a segment (all windows, or one frame group (b, tau) when
// num_bias_planes > 1); a group is a run of windows inside one segment whose dS sum into
// one (N, N) buffer per head.
struct WindowGroups {
  int64_t seg_windows;    // windows per segment
  int64_t group_windows;  // windows per group (the last group of a segment may be shorter)
  int64_t groups_per_seg, n_segs, n_groups;
  bool ds_in_smem;  // the group's dS buffer lives in shared memory
};

// ~4 blocks per SM, a dS buffer of at most about kDsBufferBytes (larger groups beyond that).
WindowGroups plan_window_groups(const Geometry& g, int64_t num_heads, bool has_bias,
                                int64_t num_bias_planes, int64_t acc_bytes) {
  const int64_t NN = g.n_slots * g.n_slots;
  WindowGroups wg{};
  wg.seg_windows = g.n_windows;
  wg.group_windows = 1;
  if (has_bias) {
    if (num_bias_planes > 1) wg.seg_windows = g.n_y * g.n_x;
    const int64_t per_block = ceil_div(g.n_windows * num_heads, 4 * (int64_t)sm_count());
    const int64_t min_group = ceil_div(g.n_windows * num_heads * NN * acc_bytes, kDsBufferBytes);
    wg.group_windows = std::min(std::max({per_block, min_group, int64_t(1)}), wg.seg_windows);
  }
  wg.groups_per_seg = ceil_div(wg.seg_windows, wg.group_windows);
  wg.n_segs = g.n_windows / wg.seg_windows;
  wg.n_groups = wg.n_segs * wg.groups_per_seg;
  wg.ds_in_smem = has_bias && NN * acc_bytes <= kDsSmemBytes;
  return wg;
}

// Min 1 block per SM: without it ptxas (CUDA 13, sm_80) caps the fp16/bf16 G = 2 instantiation
// at 168 registers and spills; with it, 212 registers and no spills.
template <typename T, int G, int DPT, bool KV>
__global__ void __launch_bounds__(kMaxThreads, 1) window_attention_bwd_kernel_impl(
    const T* __restrict__ grad_out, const T* __restrict__ qkv, const T* __restrict__ out,
    const float* __restrict__ lse, T* __restrict__ grad_qkv,
    at::opmath_type<T>* __restrict__ row_stats,   // (2, W, heads, N)
    at::opmath_type<T>* __restrict__ ds_part,     // (groups, heads, N, N)
    at::opmath_type<T>* __restrict__ grad_kv_in,  // KV: (rows, 2C) gradient w.r.t. shifted k|v
    const CudaAttnArgs<at::opmath_type<T>> p, const WindowGroups wg) {
  using A = at::opmath_type<T>;
  constexpr int DMAX = G * DPT, KT = kTile / DMAX;
  __shared__ A sX[KT][DMAX];  // pass A: K tile; pass B: (q * scale) tile
  __shared__ A sY[KT][DMAX];  // pass A: V tile; pass B: dO tile
  __shared__ int64_t sRow[KT];
  __shared__ int sLab[KT];
  __shared__ A sLse[KT], sDelta[KT];
  __shared__ int sKvOff[KV ? DMAX : 1];  // KV: this head's frame offset per channel
  __shared__ int sFrame[KV ? KT : 1];    // KV: frame of each K/V tile row
  TPS_DYN_SMEM(dyn_smem);

  const int64_t grp = blockIdx.x, h = blockIdx.y;
  const int tid = threadIdx.x, lane = tid % G, rows_per_pass = blockDim.x / G;
  const int64_t N = p.g.n_slots, C = p.channels, C3 = 3 * C, NN = N * N;
  const int D = (int)p.head_dim;
  const int64_t seg = grp / wg.groups_per_seg, gi = grp % wg.groups_per_seg;
  const int64_t w_begin = seg * wg.seg_windows + gi * wg.group_windows;
  const int64_t w_seg_end = (seg + 1) * wg.seg_windows;
  const int64_t w_end =
      w_begin + wg.group_windows < w_seg_end ? w_begin + wg.group_windows : w_seg_end;
  const int64_t stat_plane = p.g.n_windows * p.num_heads * N;
  A* delta_g = row_stats;             // sum_d dO * O per (window, head, row)
  A* lse_g = row_stats + stat_plane;  // lse in the accumulation type

  A* ds_acc = nullptr;  // this group's dS sum (one writer per (i, j))
  if (p.has_bias()) {
    if (wg.ds_in_smem) {
      ds_acc = reinterpret_cast<A*>(dyn_smem);
      for (int64_t k = tid; k < NN; k += blockDim.x) ds_acc[k] = A(0);
      __syncthreads();
    } else {
      ds_acc = ds_part + (grp * p.num_heads + h) * NN;  // zeroed by the host
    }
  }
  const A kNegInf = A(-INFINITY);
  if constexpr (KV) load_kv_offsets(p.kv_time_shift, h, D, DMAX, sKvOff);  // synced below
  const KvShift kv{sKvOff, sFrame, p.kv_time_shift_boundary};

  for (int64_t w = w_begin; w < w_end; ++w) {
    const int64_t* idx_plane = window_bias_index(p, w);
    const A* mask_plane = window_mask(p, w);
    const int64_t stat0 = (w * p.num_heads + h) * N;

    // ---- pass A: a lane group per query row i -> dQ_i, dS_i., delta_i
    for (int64_t q0 = 0; q0 < N; q0 += rows_per_pass) {
      const int64_t i = q0 + tid / G;
      const bool active = i < N;
      const int64_t ic = active ? i : N - 1;
      const int64_t qrow = source_row(p.g, p.frame_shift, w, ic);
      const int li = p.g.has_region_mask ? (int)region_label(p.g, w, ic) : 0;
      A q[DPT], dout[DPT], dq[DPT];
      load_lane<T, A, G, DPT>(q, qkv, qrow, C3, h * D, D, lane, p.scale);
      load_lane<T, A, G, DPT>(dout, grad_out, qrow, C, h * D, D, lane, A(1));
      A delta = A(0);
#pragma unroll
      for (int e = 0; e < DPT; ++e) {
        const int d = e * G + lane;
        if (d < D) delta += dout[e] * static_cast<A>(out[qrow * C + h * D + d]);
        dq[e] = A(0);
      }
      delta = group_sum<G>(delta);
      A lse_i;
      if constexpr (std::is_same<A, double>::value) {
        // float64: the float32 lse of the schema would cost ~1e-7 relative accuracy, so
        // recompute the row's logsumexp exactly (an extra sweep; fp64 is not a speed path).
        A m = kNegInf, l = A(0);
        for (int64_t k0 = 0; k0 < N; k0 += KT) {
          const int kn = (int)(N - k0 < KT ? N - k0 : KT);
          __syncthreads();
          load_rows<KV>(p, w, k0, kn, sRow, sLab, sFrame);
          __syncthreads();
          load_tile<T, A, KT, DMAX, KV>(sX, qkv, sRow, kn, C3, C + h * D, D, p.vec_loads, A(1), p.g,
                                        kv);
          __syncthreads();
          for (int jj = 0; jj < kn; ++jj) {
            const A s = dot_row<G, DPT>(q, sX[jj], lane) +
                        score_extra(p, idx_plane, mask_plane, h, ic, k0 + jj, li, sLab[jj]);
            const A mx = s > m ? s : m;
            const A m_use = mx == kNegInf ? A(0) : mx;
            l = l * dev_exp<A>(m - m_use) + dev_exp<A>(s - m_use);
            m = mx;
          }
        }
        lse_i = m + dev_log<A>(l);
      } else {
        lse_i = static_cast<A>(lse[stat0 + ic]);
      }
      if (active && lane == 0) {
        delta_g[stat0 + i] = delta;
        lse_g[stat0 + i] = lse_i;
      }
      for (int64_t k0 = 0; k0 < N; k0 += KT) {
        const int kn = (int)(N - k0 < KT ? N - k0 : KT);
        __syncthreads();
        load_rows<KV>(p, w, k0, kn, sRow, sLab, sFrame);
        __syncthreads();
        load_tile<T, A, KT, DMAX, KV>(sX, qkv, sRow, kn, C3, C + h * D, D, p.vec_loads, A(1), p.g,
                                      kv);
        load_tile<T, A, KT, DMAX, KV>(sY, qkv, sRow, kn, C3, 2 * C + h * D, D, p.vec_loads, A(1),
                                      p.g, kv);
        __syncthreads();
        for (int jj = 0; jj < kn; ++jj) {
          const A s = dot_row<G, DPT>(q, sX[jj], lane) +
                      score_extra(p, idx_plane, mask_plane, h, ic, k0 + jj, li, sLab[jj]);
          const A pr = dev_exp<A>(s - lse_i);
          const A dp = dot_row<G, DPT>(dout, sY[jj], lane);
          const A ds = pr * (dp - delta);
#pragma unroll
          for (int e = 0; e < DPT; ++e) dq[e] += ds * sX[jj][e * G + lane];
          if (ds_acc != nullptr && active && lane == 0) ds_acc[i * N + k0 + jj] += ds;
        }
      }
      if (active) store_lane<T, A, G, DPT>(dq, grad_qkv, qrow, C3, h * D, D, lane, p.scale);
    }
    __syncthreads();  // delta / lse of every row of this window are visible to the block

    // ---- pass B: a lane group per key row j -> dK_j, dV_j
    for (int64_t k0r = 0; k0r < N; k0r += rows_per_pass) {
      const int64_t j = k0r + tid / G;
      const bool active = j < N;
      const int64_t jc = active ? j : N - 1;
      const int64_t krow = source_row(p.g, p.frame_shift, w, jc);
      const int lj = p.g.has_region_mask ? (int)region_label(p.g, w, jc) : 0;
      A k[DPT], v[DPT], dk[DPT], dv[DPT];
      if constexpr (KV) {
        const int64_t kf = row_frame(p.g, krow);
        load_lane_kv<T, A, G, DPT>(k, qkv, krow, kf, p.g, kv, C3, C + h * D, D, lane);
        load_lane_kv<T, A, G, DPT>(v, qkv, krow, kf, p.g, kv, C3, 2 * C + h * D, D, lane);
      } else {
        load_lane<T, A, G, DPT>(k, qkv, krow, C3, C + h * D, D, lane, A(1));
        load_lane<T, A, G, DPT>(v, qkv, krow, C3, 2 * C + h * D, D, lane, A(1));
      }
#pragma unroll
      for (int e = 0; e < DPT; ++e) dk[e] = dv[e] = A(0);
      for (int64_t i0 = 0; i0 < N; i0 += KT) {
        const int qn = (int)(N - i0 < KT ? N - i0 : KT);
        __syncthreads();
        load_rows(p, w, i0, qn, sRow, sLab);
        for (int r = tid; r < qn; r += blockDim.x) {
          sLse[r] = lse_g[stat0 + i0 + r];
          sDelta[r] = delta_g[stat0 + i0 + r];
        }
        __syncthreads();
        load_tile<T, A, KT, DMAX>(sX, qkv, sRow, qn, C3, h * D, D, p.vec_loads, p.scale);
        load_tile<T, A, KT, DMAX>(sY, grad_out, sRow, qn, C, h * D, D, p.vec_loads, A(1));
        __syncthreads();
        for (int ii = 0; ii < qn; ++ii) {
          const A s = dot_row<G, DPT>(k, sX[ii], lane) +
                      score_extra(p, idx_plane, mask_plane, h, i0 + ii, jc, sLab[ii], lj);
          const A pr = dev_exp<A>(s - sLse[ii]);
          const A dp = dot_row<G, DPT>(v, sY[ii], lane);
          const A ds = pr * (dp - sDelta[ii]);
#pragma unroll
          for (int e = 0; e < DPT; ++e) {
            dv[e] += pr * sY[ii][e * G + lane];
            dk[e] += ds * sX[ii][e * G + lane];  // sX holds q * scale: dK = scale * dS^T Q
          }
        }
      }
      if (active) {
        if constexpr (KV) {  // gradient w.r.t. the shifted k|v of row krow
          store_lane<A, A, G, DPT>(dk, grad_kv_in, krow, 2 * C, h * D, D, lane, A(1));
          store_lane<A, A, G, DPT>(dv, grad_kv_in, krow, 2 * C, C + h * D, D, lane, A(1));
        } else {
          store_lane<T, A, G, DPT>(dk, grad_qkv, krow, C3, C + h * D, D, lane, A(1));
          store_lane<T, A, G, DPT>(dv, grad_qkv, krow, C3, 2 * C + h * D, D, lane, A(1));
        }
      }
    }
    __syncthreads();  // before the next window reuses shared memory / row stats
  }

  if (wg.ds_in_smem && ds_acc != nullptr) {
    A* dst = ds_part + (grp * p.num_heads + h) * NN;
    for (int64_t k = tid; k < NN; k += blockDim.x) dst[k] = ds_acc[k];
  }
}

// dTable[r, h] = sum over bias-index entries e with index[e] == r (in increasing e, via a
// stable sort) of the per-group dS sums of e's plane (in increasing group order): a fixed
// summation order, so the table gradient is deterministic without atomics.
template <typename A>
__global__ void bias_grad_reduce_kernel_impl(const A* __restrict__ ds_part,
                                             const int64_t* __restrict__ order,
                                             const int64_t* __restrict__ offsets,
                                             A* __restrict__ grad_table, int64_t table_rows,
                                             int64_t num_heads, int64_t NN, int64_t num_bias_planes,
                                             const WindowGroups wg) {
  const int64_t t = (int64_t)blockIdx.x * blockDim.x + threadIdx.x;
  if (t >= table_rows * num_heads) return;
  const int64_t r = t / num_heads, h = t % num_heads;
  A sum = A(0);
  for (int64_t k = offsets[r]; k < offsets[r + 1]; ++k) {
    const int64_t e = order[k];
    const int64_t plane = e / NN, ij = e % NN;
    // segments are frame groups (b, tau) when there are several planes (tau = seg % planes)
    const int64_t seg0 = num_bias_planes > 1 ? plane : 0;
    const int64_t seg_step = num_bias_planes > 1 ? num_bias_planes : 1;
    for (int64_t seg = seg0; seg < wg.n_segs; seg += seg_step)
      for (int64_t g = 0; g < wg.groups_per_seg; ++g)
        sum += ds_part[((seg * wg.groups_per_seg + g) * num_heads + h) * NN + ij];
  }
  grad_table[t] = sum;
}

// The adjoint of the key/value time shift: grad_qkv[r, C + c2] (c2 < 2C, the k|v channels)
// = sum over the rows r2 in kv_grad_rows(g, r, kv_time_shift[c2 % C]) of
// grad_kv_in[r2, c2], in that order. A block per row (threads over channels).
template <typename T, typename A>
__global__ void kv_time_shift_adjoint_kernel_impl(const A* __restrict__ grad_kv_in,
                                                  T* __restrict__ grad_qkv,
                                                  const int32_t* __restrict__ kv_time_shift,
                                                  const Geometry g, int boundary, int64_t C,
                                                  int64_t n_rows) {
  for (int64_t r = blockIdx.x; r < n_rows; r += gridDim.x) {
    for (int64_t c2 = threadIdx.x; c2 < 2 * C; c2 += blockDim.x) {
      int64_t rows[2];
      const int n = kv_grad_rows(g, r, kv_time_shift[c2 < C ? c2 : c2 - C], boundary, rows);
      A sum = A(0);
      for (int k = 0; k < n; ++k) sum += grad_kv_in[rows[k] * 2 * C + c2];
      grad_qkv[r * 3 * C + C + c2] = static_cast<T>(sum);
    }
  }
}

// Pass A + pass B over every (group, head); KV: then the adjoint of the k/v time shift.
template <typename T>
void launch_bwd(const at::Tensor& grad_out, const at::Tensor& qkv, const at::Tensor& out,
                const at::Tensor& lse, at::Tensor& grad_qkv, at::Tensor& row_stats,
                at::Tensor& ds_part, const CudaAttnArgs<at::opmath_type<T>>& p,
                const WindowGroups& wg) {
  using A = at::opmath_type<T>;
  const int64_t NN = p.g.n_slots * p.g.n_slots;
  const size_t dyn_smem = wg.ds_in_smem ? (size_t)NN * sizeof(A) : 0;
  A* ds = p.has_bias() ? ds_part.data_ptr<A>() : nullptr;
  const int64_t rows = qkv.numel() / (3 * p.channels);
  // every row's shifted k|v gradient is written by pass B (source_row is a bijection)
  at::Tensor grad_kv_in;
  if (p.has_kv_time_shift()) grad_kv_in = at::empty({rows, 2 * p.channels}, row_stats.options());
  A* gkv = p.has_kv_time_shift() ? grad_kv_in.data_ptr<A>() : nullptr;
  BWD_LANES_SWITCH(p.head_dim, G, [&] {
    KV_SHIFT_SWITCH(p.has_kv_time_shift(), KV, [&] {
      auto kernel = window_attention_bwd_kernel_impl<T, G, kBwdDPT, KV>;
      const dim3 grid((unsigned)wg.n_groups, (unsigned)p.num_heads);
      TPS_LAUNCH(kernel, grid, threads_for(p.g.n_slots, G), dyn_smem, current_stream(),
                 grad_out.data_ptr<T>(), qkv.data_ptr<T>(), out.data_ptr<T>(),
                 lse.data_ptr<float>(), grad_qkv.data_ptr<T>(), row_stats.data_ptr<A>(), ds, gkv, p,
                 wg);
      C10_CUDA_KERNEL_LAUNCH_CHECK();
    });
  });
  if (p.has_kv_time_shift() && rows > 0) {
    auto kernel = kv_time_shift_adjoint_kernel_impl<T, A>;
    const unsigned blocks = (unsigned)std::min<int64_t>(rows, int64_t(1) << 30);
    TPS_LAUNCH(kernel, blocks, threads_for(2 * p.channels, 1), 0, current_stream(), gkv,
               grad_qkv.data_ptr<T>(), p.kv_time_shift, p.g, p.kv_time_shift_boundary, p.channels,
               rows);
    C10_CUDA_KERNEL_LAUNCH_CHECK();
  }
}

// dS buffers -> dTable, summed in the order of a CSR of the bias index (entries sorted
// stably by table row).
template <typename A>
void launch_bias_grad_reduce(const at::Tensor& ds_part, const at::Tensor& bias_index,
                             at::Tensor& grad_table, const CudaAttnArgs<A>& p,
                             const WindowGroups& wg) {
  const at::Tensor flat = bias_index.reshape({-1});
  const at::Tensor order = std::get<1>(flat.sort(/*stable=*/true, 0, false)).contiguous();
  const at::Tensor sorted = flat.index_select(0, order);
  const at::Tensor offsets =
      at::searchsorted(sorted, at::arange(p.table_rows + 1, flat.options())).contiguous();
  const int threads = 256;
  const unsigned blocks = (unsigned)ceil_div(p.table_rows * p.num_heads, threads);
  auto kernel = bias_grad_reduce_kernel_impl<A>;
  TPS_LAUNCH(kernel, blocks, threads, 0, current_stream(), ds_part.data_ptr<A>(),
             order.data_ptr<int64_t>(), offsets.data_ptr<int64_t>(), grad_table.data_ptr<A>(),
             p.table_rows, p.num_heads, p.g.n_slots * p.g.n_slots, p.num_bias_planes, wg);
  C10_CUDA_KERNEL_LAUNCH_CHECK();
}

}  // namespace

std::tuple<at::Tensor, at::Tensor> window_attention_bwd_kernel(
    const at::Tensor& grad_out, const at::Tensor& qkv, const at::Tensor& out, const at::Tensor& lse,
    const std::optional<at::Tensor>& bias_table, const std::optional<at::Tensor>& bias_index,
    const std::optional<at::Tensor>& frame_shift, const std::optional<at::Tensor>& mask,
    int64_t num_heads, at::IntArrayRef window, at::IntArrayRef shift, int64_t batch_size,
    int64_t num_frames, double scale, double mask_value,
    const std::optional<at::Tensor>& kv_time_shift, c10::string_view kv_time_shift_boundary) {
  const DeviceGuard guard(qkv.device());
  const Prepared pr = prepare(qkv, bias_table, bias_index, frame_shift, mask, num_heads, window,
                              shift, batch_size, num_frames, kv_time_shift, kv_time_shift_boundary);
  check_backward_tensors(grad_out, qkv, out, lse, pr.g, num_heads);
  check_cuda(grad_out, "grad_out", qkv);
  const Geometry& g = pr.g;
  const int64_t N = g.n_slots;
  const bool has_bias = pr.bias_table.defined();
  const at::TensorOptions acc = qkv.options().dtype(compute_type(qkv.scalar_type()));
  const WindowGroups wg =
      plan_window_groups(g, num_heads, has_bias, has_bias ? pr.bias_index.size(0) : 1,
                         (int64_t)acc.dtype().itemsize());

  at::Tensor grad_qkv = new_output(qkv.sizes(), qkv.options());
  // the schema's float32 table gradient; float64 inputs keep float64 (a float32 gradient
  // would cap float64 accuracy at ~1e-7)
  at::Tensor grad_table = has_bias ? new_output(pr.bias_table.sizes(), acc) : at::empty({0}, acc);
  at::Tensor row_stats = at::empty({2, g.n_windows, num_heads, N}, acc);  // delta, lse
  at::Tensor ds_part;  // per-group dS sums; zeroed when the kernel accumulates in place
  if (has_bias) {
    ds_part = wg.ds_in_smem ? at::empty({wg.n_groups, num_heads, N, N}, acc)
                            : at::zeros({wg.n_groups, num_heads, N, N}, acc);
  }

  TPS_DISPATCH_FLOAT_TYPES(qkv.scalar_type(), "tps_window_attention_bwd_cuda", [&] {
    using A = at::opmath_type<scalar_t>;
    const auto p = make_args<A>(pr, qkv, num_heads, scale, mask_value, {&qkv, &grad_out});
    launch_bwd<scalar_t>(grad_out, qkv, out, lse, grad_qkv, row_stats, ds_part, p, wg);
    if (has_bias) launch_bias_grad_reduce<A>(ds_part, pr.bias_index, grad_table, p, wg);
  });
  return {grad_qkv, grad_table};
}

}  // namespace cuda
}  // namespace tps

#ifndef TPS_CUDA_EMULATION
TORCH_LIBRARY_IMPL(tps, CUDA, m) {
  m.impl("window_attention_bwd", &tps::cuda::window_attention_bwd_kernel);
}
#endif  // TPS_CUDA_EMULATION
