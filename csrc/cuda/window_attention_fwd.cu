// CUDA kernels of tps::window_attention_fwd / _bwd: the whole PST window attention (roll,
// partition, temporal patch shift, QK^T + bias + mask, softmax, @V and all the way back) as
// one forward launch and one backward launch (+ one small deterministic reduction for the
// bias-table gradient). Every gather/scatter row comes from tps::source_row (index.h), the
// same function the CPU kernels run in CI.
//
// Work decomposition (fwd): one block per (window, head); a block walks the query rows in
// passes of blockDim/G rows, G lanes per row (G = 1 for head_dim <= 32, the PST fast path;
// 2 for <= 64; 4 for <= 128), each lane holding 32 interleaved channels (d = e*G + lane) in
// registers. Keys/values stream through shared memory in tiles of 64/G rows (fp32/fp64
// accumulation); an online softmax over the tiles keeps any N (Video-Swin's 392) in bounded
// memory. lse (float32, (windows, heads, N)) is the only thing saved for backward.
//
// Backward (FlashAttention-2 style, but deterministic without atomics): one block per
// (group of windows, head). Pass A (a lane group per query row) recomputes P from lse and
// accumulates dQ and the row's dS into its own row of a per-group dS buffer; pass B (a lane
// group per key row) recomputes P and dS and accumulates dK, dV. Each dS entry / gradient row
// has exactly one writer and a fixed summation order, so results are bitwise reproducible.
// The dS buffers (per group, summed over the group's windows, which all share one bias
// plane) are then reduced into dTable by bias_grad_reduce_kernel in a fixed order.
#include <torch/library.h>

#include <type_traits>

#include "common.cuh"

namespace tps {
namespace cuda {
namespace {

constexpr int kFwdDPT = 32;      // channels per lane, forward
constexpr int kBwdDPT = 16;      // channels per lane, backward (4 row vectors live: k v dk dv)
constexpr int kTile = 2048;      // shared-memory tile elements per operand (KT * DMAX)
constexpr int kMaxHeadDim = 128;
constexpr int kMaxThreads = 128; // threads per block (launch bound)
constexpr int kSub = 16;         // keys scored per online-softmax step (kept in registers)

template <typename A>
struct AttnArgs {
  Geometry g;
  int64_t heads, head_dim, C;  // C = heads * head_dim
  const int32_t* frame_shift;  // (wh, ww) or nullptr
  const A* table;              // (R, heads) in the accumulation type, or nullptr
  const int64_t* index;        // (planes, N, N)
  int64_t planes;              // Ti: 1 or T / wt
  int64_t table_rows;          // R (out-of-range index values give NaN, never a wild read)
  const A* mask;               // (M, N, N) or nullptr (windows layout)
  int64_t mask_windows;        // M
  A scale, mask_value;
  bool vec;                    // 16-byte loads of q/k/v/dO rows are legal
};

// bias + mask + region mask of the score (i, j) of window w (added after (q*scale).k).
template <typename A>
__device__ __forceinline__ A score_extra(const AttnArgs<A>& p, const int64_t* idx_plane,
                                         const A* mask_plane, int64_t h, int64_t i, int64_t j,
                                         int li, int lj) {
  const int64_t N = p.g.n_slots;
  A e = A(0);
  if (idx_plane != nullptr) {
    const int64_t r = __ldg(idx_plane + i * N + j);
    e += (r >= 0 && r < p.table_rows) ? p.table[r * p.heads + h] : A(NAN);
  }
  if (mask_plane != nullptr) e += mask_plane[i * N + j];
  if (p.g.masked && li != lj) e += p.mask_value;
  return e;
}

// dst[r][d] = src[rows[r] * stride + col0 + d] * mul for r < n_rows, d < D; zeros elsewhere
// (so dot products over the padded DMAX channels need no bounds checks).
template <typename T, typename A, int KT, int DMAX>
__device__ __forceinline__ void load_tile(A (*dst)[DMAX], const T* __restrict__ src,
                                          const int64_t* rows, int n_rows, int64_t stride,
                                          int64_t col0, int D, bool vec, A mul) {
  const int tid = threadIdx.x, nt = blockDim.x;
  if (vec) {
    constexpr int V = 16 / sizeof(T);
    constexpr int CH = DMAX / V;  // 16-byte chunks per padded row
    for (int idx = tid; idx < KT * CH; idx += nt) {
      const int r = idx / CH, d0 = (idx % CH) * V;
      alignas(16) T tmp[V];
      if (r < n_rows && d0 < D) {
        *reinterpret_cast<uint4*>(tmp) =
            __ldg(reinterpret_cast<const uint4*>(src + rows[r] * stride + col0 + d0));
#pragma unroll
        for (int u = 0; u < V; ++u) dst[r][d0 + u] = static_cast<A>(tmp[u]) * mul;
      } else {
#pragma unroll
        for (int u = 0; u < V; ++u) dst[r][d0 + u] = A(0);
      }
    }
  } else {
    for (int idx = tid; idx < KT * DMAX; idx += nt) {
      const int r = idx / DMAX, d = idx % DMAX;
      dst[r][d] = (r < n_rows && d < D) ? static_cast<A>(src[rows[r] * stride + col0 + d]) * mul
                                        : A(0);
    }
  }
}

// Source rows (and region labels) of slots [s0, s0 + n) of window w into shared memory.
template <typename A, int KT>
__device__ __forceinline__ void load_rows(const AttnArgs<A>& p, int64_t w, int64_t s0, int n,
                                          int64_t* rows, int* labels) {
  for (int r = threadIdx.x; r < n; r += blockDim.x) {
    rows[r] = source_row(p.g, p.frame_shift, w, s0 + r);
    labels[r] = p.g.masked ? (int)region_label(p.g, w, s0 + r) : 0;
  }
}

// This lane's channels of one row: x[e] = src[row * stride + col0 + e*G + lane] * mul.
template <typename T, typename A, int G, int DPT>
__device__ __forceinline__ void load_lane(A (&x)[DPT], const T* __restrict__ src, int64_t row,
                                          int64_t stride, int64_t col0, int D, int lane, A mul) {
#pragma unroll
  for (int e = 0; e < DPT; ++e) {
    const int d = e * G + lane;
    x[e] = d < D ? static_cast<A>(src[row * stride + col0 + d]) * mul : A(0);
  }
}

template <typename T, typename A, int G, int DPT>
__device__ __forceinline__ void store_lane(const A (&x)[DPT], T* __restrict__ dst, int64_t row,
                                           int64_t stride, int64_t col0, int D, int lane, A mul) {
#pragma unroll
  for (int e = 0; e < DPT; ++e) {
    const int d = e * G + lane;
    if (d < D) dst[row * stride + col0 + d] = static_cast<T>(x[e] * mul);
  }
}

template <int G, int DPT, typename A>
__device__ __forceinline__ A dot_row(const A (&x)[DPT], const A* row, int lane) {
  A s = A(0);
#pragma unroll
  for (int e = 0; e < DPT; ++e) s += x[e] * row[e * G + lane];
  return group_sum<G>(s);
}

template <typename A>
__device__ __forceinline__ const int64_t* index_plane(const AttnArgs<A>& p, int64_t w) {
  if (p.table == nullptr) return nullptr;
  const int64_t N = p.g.n_slots;
  return p.index + (p.planes > 1 ? window_tau(p.g, w) : 0) * N * N;
}

template <typename A>
__device__ __forceinline__ const A* mask_plane_of(const AttnArgs<A>& p, int64_t w) {
  if (p.mask == nullptr) return nullptr;
  const int64_t N = p.g.n_slots;
  return p.mask + (w % p.mask_windows) * N * N;
}

// ------------------------------------------------------------------------------ forward

template <typename T, int G, int DPT>
__global__ void __launch_bounds__(kMaxThreads)
    window_attention_fwd_kernel(const T* __restrict__ qkv, T* __restrict__ out,
                                float* __restrict__ lse, const AttnArgs<at::opmath_type<T>> p) {
  using A = at::opmath_type<T>;
  constexpr int DMAX = G * DPT, KT = kTile / DMAX;
  static_assert(KT % kSub == 0, "key tile must be a multiple of the softmax step");
  __shared__ A sK[KT][DMAX];
  __shared__ A sV[KT][DMAX];
  __shared__ int64_t sRow[KT];
  __shared__ int sLab[KT];

  const int64_t w = blockIdx.x, h = blockIdx.y;
  const int tid = threadIdx.x, lane = tid % G, rows_per_pass = blockDim.x / G;
  const int64_t N = p.g.n_slots, C = p.C, C3 = 3 * C;
  const int D = (int)p.head_dim;
  const int64_t* idx_plane = index_plane(p, w);
  const A* mask_plane = mask_plane_of(p, w);
  const A kNegInf = A(-INFINITY);

  for (int64_t q0 = 0; q0 < N; q0 += rows_per_pass) {
    const int64_t i = q0 + tid / G;
    const bool active = i < N;
    const int64_t ic = active ? i : N - 1;  // idle lanes shadow a valid row (shuffles need them)
    const int64_t qrow = source_row(p.g, p.frame_shift, w, ic);
    const int li = p.g.masked ? (int)region_label(p.g, w, ic) : 0;
    A q[DPT], acc[DPT];
    load_lane<T, A, G, DPT>(q, qkv, qrow, C3, h * D, D, lane, p.scale);
#pragma unroll
    for (int e = 0; e < DPT; ++e) acc[e] = A(0);
    A m = kNegInf, l = A(0);

    for (int64_t k0 = 0; k0 < N; k0 += KT) {
      const int kn = (int)(N - k0 < KT ? N - k0 : KT);
      __syncthreads();  // the previous tile is consumed
      load_rows<A, KT>(p, w, k0, kn, sRow, sLab);
      __syncthreads();
      load_tile<T, A, KT, DMAX>(sK, qkv, sRow, kn, C3, C + h * D, D, p.vec, A(1));
      load_tile<T, A, KT, DMAX>(sV, qkv, sRow, kn, C3, 2 * C + h * D, D, p.vec, A(1));
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
      if (lane == 0) lse[(w * p.heads + h) * N + i] = static_cast<float>(m + dev_log<A>(l));
    }
  }
}

// ----------------------------------------------------------------------------- backward

template <typename T, int G, int DPT>
__global__ void __launch_bounds__(kMaxThreads)
    window_attention_bwd_kernel(const T* __restrict__ grad_out, const T* __restrict__ qkv,
                                const T* __restrict__ out, const float* __restrict__ lse,
                                T* __restrict__ grad_qkv,
                                at::opmath_type<T>* __restrict__ row_stats,  // (2, W, heads, N)
                                at::opmath_type<T>* __restrict__ ds_part,    // (groups, heads, N, N)
                                const AttnArgs<at::opmath_type<T>> p, int64_t group_windows,
                                int64_t seg_windows, int64_t groups_per_seg, bool ds_in_smem) {
  using A = at::opmath_type<T>;
  constexpr int DMAX = G * DPT, KT = kTile / DMAX;
  __shared__ A sX[KT][DMAX];  // pass A: K tile; pass B: (q * scale) tile
  __shared__ A sY[KT][DMAX];  // pass A: V tile; pass B: dO tile
  __shared__ int64_t sRow[KT];
  __shared__ int sLab[KT];
  __shared__ A sLse[KT], sDelta[KT];
  TPS_DYN_SMEM(dyn_smem);

  const int64_t grp = blockIdx.x, h = blockIdx.y;
  const int tid = threadIdx.x, lane = tid % G, rows_per_pass = blockDim.x / G;
  const int64_t N = p.g.n_slots, C = p.C, C3 = 3 * C, NN = N * N;
  const int D = (int)p.head_dim;
  const int64_t seg = grp / groups_per_seg, gi = grp % groups_per_seg;
  const int64_t w_begin = seg * seg_windows + gi * group_windows;
  const int64_t w_seg_end = (seg + 1) * seg_windows;
  const int64_t w_end = w_begin + group_windows < w_seg_end ? w_begin + group_windows : w_seg_end;
  const int64_t stat_plane = p.g.n_windows * p.heads * N;
  A* delta_g = row_stats;              // sum_d dO * O per (window, head, row)
  A* lse_g = row_stats + stat_plane;   // lse in the accumulation type

  A* ds_acc = nullptr;  // this group's dS sum (one writer per (i, j))
  if (p.table != nullptr) {
    if (ds_in_smem) {
      ds_acc = reinterpret_cast<A*>(dyn_smem);
      for (int64_t k = tid; k < NN; k += blockDim.x) ds_acc[k] = A(0);
      __syncthreads();
    } else {
      ds_acc = ds_part + (grp * p.heads + h) * NN;  // zeroed by the host
    }
  }
  const A kNegInf = A(-INFINITY);

  for (int64_t w = w_begin; w < w_end; ++w) {
    const int64_t* idx_plane = index_plane(p, w);
    const A* mask_plane = mask_plane_of(p, w);
    const int64_t stat0 = (w * p.heads + h) * N;

    // ---- pass A: a lane group per query row i -> dQ_i, dS_i., delta_i
    for (int64_t q0 = 0; q0 < N; q0 += rows_per_pass) {
      const int64_t i = q0 + tid / G;
      const bool active = i < N;
      const int64_t ic = active ? i : N - 1;
      const int64_t qrow = source_row(p.g, p.frame_shift, w, ic);
      const int li = p.g.masked ? (int)region_label(p.g, w, ic) : 0;
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
          load_rows<A, KT>(p, w, k0, kn, sRow, sLab);
          __syncthreads();
          load_tile<T, A, KT, DMAX>(sX, qkv, sRow, kn, C3, C + h * D, D, p.vec, A(1));
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
        load_rows<A, KT>(p, w, k0, kn, sRow, sLab);
        __syncthreads();
        load_tile<T, A, KT, DMAX>(sX, qkv, sRow, kn, C3, C + h * D, D, p.vec, A(1));
        load_tile<T, A, KT, DMAX>(sY, qkv, sRow, kn, C3, 2 * C + h * D, D, p.vec, A(1));
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
      const int lj = p.g.masked ? (int)region_label(p.g, w, jc) : 0;
      A k[DPT], v[DPT], dk[DPT], dv[DPT];
      load_lane<T, A, G, DPT>(k, qkv, krow, C3, C + h * D, D, lane, A(1));
      load_lane<T, A, G, DPT>(v, qkv, krow, C3, 2 * C + h * D, D, lane, A(1));
#pragma unroll
      for (int e = 0; e < DPT; ++e) dk[e] = dv[e] = A(0);
      for (int64_t i0 = 0; i0 < N; i0 += KT) {
        const int qn = (int)(N - i0 < KT ? N - i0 : KT);
        __syncthreads();
        load_rows<A, KT>(p, w, i0, qn, sRow, sLab);
        for (int r = tid; r < qn; r += blockDim.x) {
          sLse[r] = lse_g[stat0 + i0 + r];
          sDelta[r] = delta_g[stat0 + i0 + r];
        }
        __syncthreads();
        load_tile<T, A, KT, DMAX>(sX, qkv, sRow, qn, C3, h * D, D, p.vec, p.scale);
        load_tile<T, A, KT, DMAX>(sY, grad_out, sRow, qn, C, h * D, D, p.vec, A(1));
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
        store_lane<T, A, G, DPT>(dk, grad_qkv, krow, C3, C + h * D, D, lane, A(1));
        store_lane<T, A, G, DPT>(dv, grad_qkv, krow, C3, 2 * C + h * D, D, lane, A(1));
      }
    }
    __syncthreads();  // before the next window reuses shared memory / row stats
  }

  if (ds_in_smem && ds_acc != nullptr) {
    A* dst = ds_part + (grp * p.heads + h) * NN;
    for (int64_t k = tid; k < NN; k += blockDim.x) dst[k] = ds_acc[k];
  }
}

// dTable[r, h] = sum over bias-index entries e with index[e] == r (in increasing e, via a
// stable sort) of the per-group dS sums of e's plane (in increasing group order): a fixed
// summation order, so the table gradient is deterministic without atomics.
template <typename A, typename Out>
__global__ void bias_grad_reduce_kernel(const A* __restrict__ ds_part,
                                        const int64_t* __restrict__ order,
                                        const int64_t* __restrict__ offsets,
                                        Out* __restrict__ grad_table, int64_t rows, int64_t heads,
                                        int64_t NN, int64_t planes, int64_t n_segs,
                                        int64_t groups_per_seg) {
  const int64_t t = (int64_t)blockIdx.x * blockDim.x + threadIdx.x;
  if (t >= rows * heads) return;
  const int64_t r = t / heads, h = t % heads;
  A sum = A(0);
  for (int64_t k = offsets[r]; k < offsets[r + 1]; ++k) {
    const int64_t e = order[k];
    const int64_t plane = e / NN, ij = e % NN;
    // segments are frame groups (b, tau) when planes > 1 (tau = seg % planes), else one
    const int64_t seg0 = planes > 1 ? plane : 0, seg_step = planes > 1 ? planes : 1;
    for (int64_t seg = seg0; seg < n_segs; seg += seg_step)
      for (int64_t g = 0; g < groups_per_seg; ++g)
        sum += ds_part[((seg * groups_per_seg + g) * heads + h) * NN + ij];
  }
  grad_table[t] = static_cast<Out>(sum);
}

}  // namespace
}  // namespace cuda
}  // namespace tps

#include "window_attention_tc.cuh"  // tensor-core forward of the PST shape (fp16/bf16)

namespace tps {
namespace cuda {
namespace {

// ------------------------------------------------------------------------------- host

int threads_for(int64_t n, int g) {
  int64_t t = ((n * g + 31) / 32) * 32;
  return (int)(t < kMaxThreads ? t : kMaxThreads);
}

template <typename A>
AttnArgs<A> make_args(const Geometry& g, const at::Tensor& qkv, int64_t num_heads,
                      const at::Tensor& fs, const at::Tensor& table, const at::Tensor& index,
                      const at::Tensor& mask, double scale, double mask_value,
                      std::initializer_list<const at::Tensor*> vec_tensors) {
  AttnArgs<A> p{};
  p.g = g;
  p.heads = num_heads;
  p.C = qkv.size(-1) / 3;
  p.head_dim = p.C / num_heads;
  p.frame_shift = fs.defined() ? fs.data_ptr<int32_t>() : nullptr;
  p.table = table.defined() ? table.data_ptr<A>() : nullptr;
  p.index = index.defined() ? index.data_ptr<int64_t>() : nullptr;
  p.planes = index.defined() ? index.size(0) : 1;
  p.table_rows = table.defined() ? table.size(0) : 0;
  p.mask = mask.defined() ? mask.data_ptr<A>() : nullptr;
  p.mask_windows = mask.defined() ? mask.size(0) : 1;
  p.scale = static_cast<A>(scale);
  p.mask_value = static_cast<A>(mask_value);
  const int64_t V = 16 / (int64_t)qkv.element_size();
  bool vec = p.head_dim % V == 0 && p.C % V == 0;
  for (const at::Tensor* t : vec_tensors)
    vec = vec && reinterpret_cast<uintptr_t>(t->data_ptr()) % 16 == 0;
  p.vec = vec;
  return p;
}

struct Prepared {
  Geometry g;
  at::Tensor fs, index, mask;
};

// Shared argument checks of fwd and bwd (tps/op_args.h + CUDA-specific ones); returns
// kernel-ready tensors.
Prepared prepare(const at::Tensor& qkv, const std::optional<at::Tensor>& bias_table,
                 const std::optional<at::Tensor>& bias_index,
                 const std::optional<at::Tensor>& frame_shift,
                 const std::optional<at::Tensor>& mask, int64_t num_heads,
                 at::IntArrayRef window, at::IntArrayRef shift, int64_t batch_size,
                 int64_t num_frames) {
  check_cuda(qkv, "qkv", qkv);
  Prepared r;
  r.g = attention_geometry(qkv, bias_table, bias_index, frame_shift, mask, num_heads, window,
                           shift, batch_size, num_frames);
  const int64_t head_dim = qkv.size(-1) / 3 / num_heads;
  TORCH_CHECK(head_dim <= kMaxHeadDim, "tps (cuda): head_dim=", head_dim,
              " is not supported by the CUDA kernels (at most ", kMaxHeadDim,
              "); use backend='triton' or 'reference'");
  TORCH_CHECK(r.g.n_windows < (int64_t(1) << 31), "tps (cuda): ", r.g.n_windows,
              " windows exceed the grid limit 2^31-1");
  TORCH_CHECK(num_heads < 65536, "tps (cuda): num_heads=", num_heads, " exceeds 65535");
  if (frame_shift.has_value()) {
    check_cuda(*frame_shift, "frame_shift", qkv);
    r.fs = *frame_shift;
  }
  if (bias_index.has_value()) {
    check_cuda(*bias_table, "bias_table", qkv);
    check_cuda(*bias_index, "bias_index", qkv);
    r.index = *bias_index;
  }
  if (mask.has_value()) {
    check_cuda(*mask, "mask", qkv);
    r.mask = *mask;
  }
  return r;
}

at::ScalarType acc_type(at::ScalarType st) {
  return st == at::kDouble ? at::kDouble : at::kFloat;
}

template <typename T>
void launch_fwd(const at::Tensor& qkv, at::Tensor& out, at::Tensor& lse,
                const AttnArgs<at::opmath_type<T>>& p) {
  const int64_t N = p.g.n_slots;
  const int G = p.head_dim <= 32 ? 1 : (p.head_dim <= 64 ? 2 : 4);
  const dim3 grid((unsigned)p.g.n_windows, (unsigned)p.heads);
  const dim3 block(threads_for(N, G));
  auto stream = current_stream();
  const T* x = qkv.data_ptr<T>();
  T* o = out.data_ptr<T>();
  float* l = lse.data_ptr<float>();
  constexpr int P = kFwdDPT;
  auto kernel = G == 1 ? window_attention_fwd_kernel<T, 1, P>
                : (G == 2 ? window_attention_fwd_kernel<T, 2, P> : window_attention_fwd_kernel<T, 4, P>);
  TPS_LAUNCH(kernel, grid, block, 0, stream, x, o, l, p);
  C10_CUDA_KERNEL_LAUNCH_CHECK();
}

std::tuple<at::Tensor, at::Tensor> window_attention_fwd_cuda(
    const at::Tensor& qkv_in, const std::optional<at::Tensor>& bias_table,
    const std::optional<at::Tensor>& bias_index, const std::optional<at::Tensor>& frame_shift,
    const std::optional<at::Tensor>& mask, int64_t num_heads, at::IntArrayRef window,
    at::IntArrayRef shift, int64_t batch_size, int64_t num_frames, double scale,
    double mask_value) {
  const DeviceGuard guard(qkv_in.device());
  Prepared pr = prepare(qkv_in, bias_table, bias_index, frame_shift, mask, num_heads, window,
                        shift, batch_size, num_frames);
  const at::Tensor& qkv = qkv_in;
  const auto acc = acc_type(qkv.scalar_type());
  const at::Tensor table = pr.index.defined() ? bias_table->to(acc).contiguous() : at::Tensor();
  const at::Tensor mk = pr.mask.defined() ? pr.mask.to(acc).contiguous() : at::Tensor();
  auto [out, lse] = new_forward_outputs(qkv, pr.g, num_heads);
  AT_DISPATCH_FLOATING_TYPES_AND2(at::kHalf, at::kBFloat16, qkv.scalar_type(),
                                  "tps_window_attention_fwd_cuda", [&] {
    using A = at::opmath_type<scalar_t>;
    auto p = make_args<A>(pr.g, qkv, num_heads, pr.fs, table, pr.index, mk, scale, mask_value,
                          {&qkv});
    if (!maybe_launch_fwd_tc<scalar_t>(qkv, out, lse, p)) launch_fwd<scalar_t>(qkv, out, lse, p);
  });
  return {out, lse};
}

std::tuple<at::Tensor, at::Tensor> window_attention_bwd_cuda(
    const at::Tensor& grad_out_in, const at::Tensor& qkv_in, const at::Tensor& out_in,
    const at::Tensor& lse_in, const std::optional<at::Tensor>& bias_table,
    const std::optional<at::Tensor>& bias_index, const std::optional<at::Tensor>& frame_shift,
    const std::optional<at::Tensor>& mask, int64_t num_heads, at::IntArrayRef window,
    at::IntArrayRef shift, int64_t batch_size, int64_t num_frames, double scale,
    double mask_value) {
  const DeviceGuard guard(qkv_in.device());
  Prepared pr = prepare(qkv_in, bias_table, bias_index, frame_shift, mask, num_heads, window,
                        shift, batch_size, num_frames);
  check_backward_tensors(grad_out_in, qkv_in, out_in, lse_in, pr.g, num_heads);
  check_cuda(grad_out_in, "grad_out", qkv_in);
  const at::Tensor& qkv = qkv_in;
  const at::Tensor& grad_out = grad_out_in;
  const at::Tensor& out = out_in;
  const at::Tensor& lse = lse_in;
  const Geometry& g = pr.g;
  const int64_t N = g.n_slots, NN = N * N;
  const auto acc = acc_type(qkv.scalar_type());
  const bool has_table = pr.index.defined();
  const at::Tensor table = has_table ? bias_table->to(acc).contiguous() : at::Tensor();
  const at::Tensor mk = pr.mask.defined() ? pr.mask.to(acc).contiguous() : at::Tensor();

  at::Tensor grad_qkv = new_output(qkv.sizes(), qkv.options());
  // float32 table gradient per the schema; float64 inputs keep float64 (a float32 gradient
  // would cap float64 accuracy at ~1e-7).
  at::Tensor grad_table =
      has_table ? new_output(bias_table->sizes(), qkv.options().dtype(acc))
                : at::empty({0}, qkv.options().dtype(acc));
  at::Tensor row_stats = at::empty({2, g.n_windows, num_heads, N}, qkv.options().dtype(acc));

  // Window groups: windows of one group share one bias plane, so their dS sum into one
  // buffer; sized for ~4 blocks per SM and a bounded dS buffer.
  const int64_t S = g.n_y * g.n_x;
  int64_t seg_windows = g.n_windows, group_windows = 1;
  if (has_table) {
    if (pr.index.size(0) > 1) seg_windows = S;
    const int sms = sm_count();
    const int64_t target_blocks = 4 * (int64_t)sms;
    group_windows = ceil_div(g.n_windows * num_heads, target_blocks);
    const int64_t elem = (int64_t)c10::elementSize(acc);
    const int64_t cap = int64_t(256) << 20;  // bytes of dS buffer at most (about)
    const int64_t min_group = ceil_div(g.n_windows * num_heads * NN * elem, cap);
    group_windows = std::max<int64_t>(std::max<int64_t>(group_windows, min_group), 1);
    group_windows = std::min<int64_t>(group_windows, seg_windows);
  }
  const int64_t groups_per_seg = ceil_div(seg_windows, group_windows);
  const int64_t n_segs = g.n_windows / seg_windows;
  const int64_t n_groups = n_segs * groups_per_seg;
  const bool ds_in_smem = has_table && NN * (int64_t)c10::elementSize(acc) <= 12 * 1024;
  at::Tensor ds_part = has_table
                           ? (ds_in_smem ? at::empty({n_groups, num_heads, N, N}, qkv.options().dtype(acc))
                                         : at::zeros({n_groups, num_heads, N, N}, qkv.options().dtype(acc)))
                           : at::Tensor();
  const size_t dyn_smem = ds_in_smem ? (size_t)(NN * c10::elementSize(acc)) : 0;

  AT_DISPATCH_FLOATING_TYPES_AND2(at::kHalf, at::kBFloat16, qkv.scalar_type(),
                                  "tps_window_attention_bwd_cuda", [&] {
    using A = at::opmath_type<scalar_t>;
    auto p = make_args<A>(g, qkv, num_heads, pr.fs, table, pr.index, mk, scale, mask_value,
                          {&qkv, &grad_out});
    const int G = p.head_dim <= 32 ? 2 : (p.head_dim <= 64 ? 4 : 8);  // kBwdDPT = 16 each
    const dim3 grid((unsigned)n_groups, (unsigned)num_heads);
    const dim3 block(threads_for(N, G));
    auto stream = current_stream();
    A* ds = has_table ? ds_part.data_ptr<A>() : nullptr;
    auto args = std::make_tuple(grad_out.data_ptr<scalar_t>(), qkv.data_ptr<scalar_t>(),
                                out.data_ptr<scalar_t>(), lse.data_ptr<float>(),
                                grad_qkv.data_ptr<scalar_t>(), row_stats.data_ptr<A>(), ds);
    auto go = [&](auto kernel) {
      TPS_LAUNCH(kernel, grid, block, dyn_smem, stream, std::get<0>(args), std::get<1>(args),
                 std::get<2>(args), std::get<3>(args), std::get<4>(args), std::get<5>(args),
                 std::get<6>(args), p, group_windows, seg_windows, groups_per_seg, ds_in_smem);
      C10_CUDA_KERNEL_LAUNCH_CHECK();
    };
    constexpr int P = kBwdDPT;
    if (G == 2) go(window_attention_bwd_kernel<scalar_t, 2, P>);
    else if (G == 4) go(window_attention_bwd_kernel<scalar_t, 4, P>);
    else go(window_attention_bwd_kernel<scalar_t, 8, P>);

    if (has_table) {
      // CSR of the bias index: entries sorted (stably) by table row -> fixed summation order.
      const at::Tensor flat = pr.index.reshape({-1});
      const at::Tensor order = std::get<1>(flat.sort(/*stable=*/true, 0, false)).contiguous();
      const at::Tensor sorted = flat.index_select(0, order);
      const int64_t rows = table.size(0);
      const at::Tensor offsets =
          at::searchsorted(sorted, at::arange(rows + 1, flat.options())).contiguous();
      const int64_t total = rows * num_heads;
      const int threads = 256;
      const unsigned blocks = (unsigned)ceil_div(total, threads);
      auto reduce = bias_grad_reduce_kernel<A, A>;
      TPS_LAUNCH(reduce, blocks, threads, 0, stream,
          ds_part.data_ptr<A>(), order.data_ptr<int64_t>(), offsets.data_ptr<int64_t>(),
          grad_table.data_ptr<A>(), rows, num_heads, NN, pr.index.size(0), n_segs,
          groups_per_seg);
      C10_CUDA_KERNEL_LAUNCH_CHECK();
    }
  });
  return {grad_qkv, grad_table};
}

}  // namespace
}  // namespace cuda
}  // namespace tps

#ifndef TPS_CUDA_EMULATION
TORCH_LIBRARY_IMPL(tps, CUDA, m) {
  m.impl("window_attention_fwd", &tps::cuda::window_attention_fwd_cuda);
  m.impl("window_attention_bwd", &tps::cuda::window_attention_bwd_cuda);
}
#endif  // TPS_CUDA_EMULATION
