// What the window-attention kernels share (window_attention_fwd.cu, window_attention_fwd_tc.cu,
// window_attention_bwd.cu): the kernel argument struct, the host-side argument preparation,
// and the device helpers that gather rows through tps::source_row and add bias / masks.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <optional>

#include "common.cuh"
#include "tps/attn_args.h"

namespace tps {
namespace cuda {

constexpr int kFwdDPT = 32;  // channels per lane, forward
constexpr int kBwdDPT = 16;  // channels per lane, backward (4 row vectors live: k v dk dv)
constexpr int kTile = 2048;  // shared-memory tile elements per operand (KT * DMAX)
constexpr int kMaxHeadDim = 128;
constexpr int kMaxThreads = 128;  // threads per block (launch bound)
constexpr int kSub = 16;          // keys scored per online-softmax step (kept in registers)

// tps::AttnArgs (the operands, shared vocabulary) + what only the CUDA launch needs.
template <typename A>
struct CudaAttnArgs : AttnArgs<A> {
  int64_t channels;  // C = num_heads * head_dim
  bool vec_loads;    // 16-byte loads of q/k/v/dO rows are legal (sizes and pointers aligned)
};

// ------------------------------------------------------------------------------ host

// Checked geometry and kernel-ready tensors of one call (undefined tensors: input absent).
struct Prepared {
  Geometry g;
  at::Tensor frame_shift;      // int32 (wh, ww)
  at::Tensor bias_table;       // (R, num_heads) in the compute type, contiguous
  at::Tensor bias_index;       // int64 (num_bias_planes, N, N)
  at::Tensor mask;             // (num_mask_windows, N, N) in the compute type, contiguous
  at::Tensor kv_time_shift;    // int32 (C,)
  int kv_time_shift_boundary;  // KvTimeShiftBoundary (index.h)
};

// Compute (accumulation) type of a storage dtype: float64 stays float64, the rest float32.
inline at::ScalarType compute_type(at::ScalarType st) {
  return st == at::kDouble ? at::kDouble : at::kFloat;
}

// Argument checks shared by fwd and bwd (tps/op_args.h + the CUDA-specific limits).
inline Prepared prepare(const at::Tensor& qkv, const std::optional<at::Tensor>& bias_table,
                        const std::optional<at::Tensor>& bias_index,
                        const std::optional<at::Tensor>& frame_shift,
                        const std::optional<at::Tensor>& mask, int64_t num_heads,
                        at::IntArrayRef window, at::IntArrayRef shift, int64_t batch_size,
                        int64_t num_frames, const std::optional<at::Tensor>& kv_time_shift,
                        c10::string_view kv_time_shift_boundary) {
  check_cuda(qkv, "qkv", qkv);
  Prepared r;
  r.g = attention_geometry(qkv, bias_table, bias_index, frame_shift, mask, num_heads, window, shift,
                           batch_size, num_frames);
  const int64_t head_dim = qkv.size(-1) / 3 / num_heads;
  TORCH_CHECK(head_dim <= kMaxHeadDim, "tps (cuda): head_dim=", head_dim,
              " is not supported by the CUDA kernels (at most ", kMaxHeadDim,
              "); use backend='triton' or 'reference'");
  TORCH_CHECK(r.g.n_windows < (int64_t(1) << 31), "tps (cuda): ", r.g.n_windows,
              " windows exceed the grid limit 2^31-1");
  TORCH_CHECK(num_heads < 65536, "tps (cuda): num_heads=", num_heads, " exceeds 65535");
  const at::ScalarType acc = compute_type(qkv.scalar_type());
  if (frame_shift.has_value()) {
    check_cuda(*frame_shift, "frame_shift", qkv);
    r.frame_shift = *frame_shift;
  }
  if (bias_index.has_value()) {
    check_cuda(*bias_table, "bias_table", qkv);
    check_cuda(*bias_index, "bias_index", qkv);
    r.bias_table = bias_table->to(acc).contiguous();
    r.bias_index = *bias_index;
  }
  if (mask.has_value()) {
    check_cuda(*mask, "mask", qkv);
    r.mask = mask->to(acc).contiguous();
  }
  r.kv_time_shift_boundary =
      kv_time_shift_boundary_code(kv_time_shift, kv_time_shift_boundary, qkv);
  if (kv_time_shift.has_value()) {
    check_cuda(*kv_time_shift, "kv_time_shift", qkv);
    r.kv_time_shift = *kv_time_shift;
  }
  return r;
}

// Kernel arguments; vec_loads when every tensor in `row_tensors` allows 16-byte row loads.
template <typename A>
CudaAttnArgs<A> make_args(const Prepared& pr, const at::Tensor& qkv, int64_t num_heads,
                          double scale, double mask_value,
                          std::initializer_list<const at::Tensor*> row_tensors) {
  CudaAttnArgs<A> p{};
  p.g = pr.g;
  p.num_heads = num_heads;
  p.channels = qkv.size(-1) / 3;
  p.head_dim = p.channels / num_heads;
  p.scale = static_cast<A>(scale);
  p.mask_value = static_cast<A>(mask_value);
  p.frame_shift = pr.frame_shift.defined() ? pr.frame_shift.data_ptr<int32_t>() : nullptr;
  const bool has_bias = pr.bias_table.defined();
  p.bias_table = has_bias ? pr.bias_table.data_ptr<A>() : nullptr;
  p.table_rows = has_bias ? pr.bias_table.size(0) : 0;
  p.bias_index = has_bias ? pr.bias_index.data_ptr<int64_t>() : nullptr;
  p.num_bias_planes = has_bias ? pr.bias_index.size(0) : 1;
  p.mask = pr.mask.defined() ? pr.mask.data_ptr<A>() : nullptr;
  p.num_mask_windows = pr.mask.defined() ? pr.mask.size(0) : 1;
  p.kv_time_shift = pr.kv_time_shift.defined() ? pr.kv_time_shift.data_ptr<int32_t>() : nullptr;
  p.kv_time_shift_boundary = pr.kv_time_shift_boundary;
  const int64_t V = 16 / (int64_t)qkv.element_size();
  bool vec = p.head_dim % V == 0 && p.channels % V == 0;
  for (const at::Tensor* t : row_tensors)
    vec = vec && reinterpret_cast<uintptr_t>(t->data_ptr()) % 16 == 0;
  p.vec_loads = vec;
  return p;
}

// Threads for n rows with g lanes each: whole warps, at most kMaxThreads.
inline int threads_for(int64_t n, int g) {
  const int64_t t = ((n * g + 31) / 32) * 32;
  return (int)(t < kMaxThreads ? t : kMaxThreads);
}

// Tensor-core forward (window_attention_fwd_tc.cu): runs it and returns true when it applies
// (fp16/bf16, N <= 64, head_dim in {16, 32, 48, 64}, a capable GPU), else returns false.
bool window_attention_fwd_tc(const at::Tensor& qkv, at::Tensor& out, at::Tensor& lse,
                             const CudaAttnArgs<float>& p);

// ---------------------------------------------------------------------------- device

// bias + mask + region mask of the score (i, j) of window w (added after (q*scale).k);
// li, lj: the region labels of slots i and j.
template <typename A>
__device__ __forceinline__ A score_extra(const CudaAttnArgs<A>& p, const int64_t* idx_plane,
                                         const A* mask_plane, int64_t h, int64_t i, int64_t j,
                                         int li, int lj) {
  const int64_t N = p.g.n_slots;
  A e = A(0);
  if (idx_plane != nullptr) {
    const int64_t r = __ldg(idx_plane + i * N + j);
    e += (r >= 0 && r < p.table_rows) ? p.bias_table[r * p.num_heads + h] : A(NAN);
  }
  if (mask_plane != nullptr) e += mask_plane[i * N + j];
  if (p.g.has_region_mask && li != lj) e += p.mask_value;
  return e;
}

// ---- key/value time shift (kv_time_shift): the k/v gathers read channel c of row r from
// kv_source_row(g, r, kv_time_shift[c], boundary). Kernels keep the frame offsets of their
// head (KvShift::off, one per channel) and the frame of each gathered row in shared memory,
// so a gather costs a few integer operations per row and channel run (kv_source_row with the frame
// known: no division in the video layout, divisions by wt in the windows layout); kernels
// instantiated with KV = false never touch them.

// What a k/v gather of one head needs besides the rows: shared-memory arrays.
struct KvShift {
  const int* off;     // frame offset of each channel of the head (0 beyond head_dim)
  const int* frames;  // frame (row_frame) of each gathered row
  int boundary;       // KvTimeShiftBoundary
};

// off[d] = kv_time_shift[h * D + d] for d < D, 0 up to n (the block fills shared memory;
// a __syncthreads() must follow).
__device__ __forceinline__ void load_kv_offsets(const int32_t* kv_time_shift, int64_t h, int D,
                                                int n, int* off) {
  for (int d = threadIdx.x; d < n; d += blockDim.x) off[d] = d < D ? kv_time_shift[h * D + d] : 0;
}

// dst[r][d] = src[rows[r] * stride + col0 + d] * mul for r < n_rows, d < D; zeros elsewhere
// (so dot products over the padded DMAX channels need no bounds checks). KV: the key/value
// gather through kv_source_row (kv.off per channel, kv.frames per row); a 16-byte chunk whose
// channels share one offset is still one load, others fall back to element loads.
template <typename T, typename A, int KT, int DMAX, bool KV = false>
__device__ __forceinline__ void load_tile(A (*dst)[DMAX], const T* __restrict__ src,
                                          const int64_t* rows, int n_rows, int64_t stride,
                                          int64_t col0, int D, bool vec, A mul,
                                          const Geometry& g = Geometry{}, KvShift kv = {}) {
  const int tid = threadIdx.x, nt = blockDim.x;
  if (vec) {
    constexpr int V = 16 / sizeof(T);
    constexpr int CH = DMAX / V;  // 16-byte chunks per padded row
    for (int idx = tid; idx < KT * CH; idx += nt) {
      const int r = idx / CH, d0 = (idx % CH) * V;
      alignas(16) T tmp[V];
      if (r < n_rows && d0 < D) {
        if constexpr (KV) {
          bool run = true;  // the chunk's channels share one frame offset
#pragma unroll
          for (int u = 1; u < V; ++u) run = run && kv.off[d0 + u] == kv.off[d0];
          if (run) {
            const int64_t row = kv_source_row(g, rows[r], kv.frames[r], kv.off[d0], kv.boundary);
            if (row >= 0) {
              *reinterpret_cast<uint4*>(tmp) =
                  __ldg(reinterpret_cast<const uint4*>(src + row * stride + col0 + d0));
            } else {
#pragma unroll
              for (int u = 0; u < V; ++u) tmp[u] = T(0);
            }
          } else {
#pragma unroll
            for (int u = 0; u < V; ++u) {
              const int64_t row =
                  kv_source_row(g, rows[r], kv.frames[r], kv.off[d0 + u], kv.boundary);
              tmp[u] = row >= 0 ? src[row * stride + col0 + d0 + u] : T(0);
            }
          }
        } else {
          *reinterpret_cast<uint4*>(tmp) =
              __ldg(reinterpret_cast<const uint4*>(src + rows[r] * stride + col0 + d0));
        }
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
      if constexpr (KV) {
        const int64_t row = r < n_rows && d < D
                                ? kv_source_row(g, rows[r], kv.frames[r], kv.off[d], kv.boundary)
                                : int64_t(-1);
        dst[r][d] = row >= 0 ? static_cast<A>(src[row * stride + col0 + d]) * mul : A(0);
      } else {
        dst[r][d] =
            (r < n_rows && d < D) ? static_cast<A>(src[rows[r] * stride + col0 + d]) * mul : A(0);
      }
    }
  }
}

// Source rows (and region labels) of slots [s0, s0 + n) of window w into shared memory;
// KV: also the rows' frames (for kv_source_row).
template <bool KV = false, typename A>
__device__ __forceinline__ void load_rows(const CudaAttnArgs<A>& p, int64_t w, int64_t s0, int n,
                                          int64_t* rows, int* labels, int* frames = nullptr) {
  for (int r = threadIdx.x; r < n; r += blockDim.x) {
    rows[r] = source_row(p.g, p.frame_shift, w, s0 + r);
    labels[r] = p.g.has_region_mask ? (int)region_label(p.g, w, s0 + r) : 0;
    if constexpr (KV) frames[r] = (int)row_frame(p.g, rows[r]);
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

// load_lane through the key/value time shift: channel d of row `row` (frame f) from
// kv_source_row(..., off[d], ...).
template <typename T, typename A, int G, int DPT>
__device__ __forceinline__ void load_lane_kv(A (&x)[DPT], const T* __restrict__ src, int64_t row,
                                             int64_t f, const Geometry& g, const KvShift& kv,
                                             int64_t stride, int64_t col0, int D, int lane) {
#pragma unroll
  for (int e = 0; e < DPT; ++e) {
    const int d = e * G + lane;
    const int64_t r2 = d < D ? kv_source_row(g, row, f, kv.off[d], kv.boundary) : int64_t(-1);
    x[e] = r2 >= 0 ? static_cast<A>(src[r2 * stride + col0 + d]) : A(0);
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

// Dot product of this lane group's row (x) with a shared-memory row.
template <int G, int DPT, typename A>
__device__ __forceinline__ A dot_row(const A (&x)[DPT], const A* row, int lane) {
  A s = A(0);
#pragma unroll
  for (int e = 0; e < DPT; ++e) s += x[e] * row[e * G + lane];
  return group_sum<G>(s);
}

}  // namespace cuda
}  // namespace tps
