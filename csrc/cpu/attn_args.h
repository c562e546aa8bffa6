// Plain-data interface between the torch glue (window_attention.cpp) and the compute
// kernels (csrc/cpu/isa/*.cpp, one file per ISA). The kernels' translation units include
// no torch header: each is compiled under its own `#pragma GCC target` (AVX-512, AVX2,
// baseline) and chosen at run time, and keeping torch's inline functions out of them means
// no AVX-512 copy of them can leak into the rest of the library.
#pragma once
#include <stddef.h>
#include <stdint.h>

#include "tps/attn_args.h"

namespace tps {
namespace cpu {

// Storage dtypes of qkv / out / grads. 16-bit types are raw bits (converted in-kernel).
enum InType : int { kF32 = 0, kF64 = 1, kBF16 = 2, kF16 = 3 };

// A run of channels [begin, end) of one head (channels within the head) whose keys and
// values share one kv_time_shift offset: CpuAttnArgs::kv_offsets[offset].
struct KvRun {
  int32_t begin, end, offset;
};

// The shared operands (tps/attn_args.h: geometry, heads, frame_shift, bias_index, counts,
// kv_time_shift) + the CPU kernels' own: padded run-time-typed tables, tensors, workspace.
struct CpuAttnArgs : AttnOperands {
  double scale;
  double mask_value;
  // Bias (+ padding) matrices in the compute type (float, or double for float64 inputs):
  // bm[plane * bm_plane_stride + head * bm_head_stride + i * np + j], j < np; columns
  // j >= N hold -inf so whole padded rows go through the softmax vector loops.
  // nullptr when there are few windows per bias plane: then each window's rows are built
  // in the workspace (window_bias) from bias_table ((R, num_heads) compute type, contiguous,
  // + a row of -inf for the padded keys) and bias_gather_index.
  const void* bm;
  int64_t bm_plane_stride, bm_head_stride;
  const void* bias_table;
  // When bm is nullptr: bias_index as (num_bias_planes, N, np) int32, the np - N pad columns
  // pointing at the table's -inf row. nullptr otherwise.
  const int32_t* bias_gather_index;
  // Windows-layout mask (M, N, np) in the compute type (0 in padded columns), or nullptr.
  const void* mask;
  // kv_time_shift (when a.kv_time_shift != nullptr), prepared once per call: the distinct
  // offsets, and per head the runs of channels of equal offset (head h: runs
  // kv_runs[kv_head_runs[h] .. kv_head_runs[h + 1])). A window's k/v rows are computed once
  // per distinct offset, then each run copies its channels from its offset's rows.
  const int64_t* kv_offsets;
  int64_t kv_num_offsets;  // 0 without kv_time_shift
  const KvRun* kv_runs;
  const int64_t* kv_head_runs;  // (num_heads + 1,)
  // Forward tensors.
  const void* qkv;  // rows x 3C
  void* out;        // rows x C
  float* lse;       // (n_windows, heads, N)
  // Backward tensors.
  const void* grad_out;  // rows x C
  const float* lse_in;
  void* grad_qkv;  // rows x 3C
  // kv_time_shift with the self boundary: rows x 2C compute type, the gradients w.r.t. the
  // SHIFTED k | v of each row (bwd writes them here; kv_grad sums them into the input k / v
  // gradients). nullptr otherwise: bwd scatters them to the input rows itself.
  void* grad_kv;
  // Bias gradient per chunk, folded by table row: the chunk's plane's distinct bias_index
  // values are its slots (prepare: bias_slot, (num_bias_planes, N, N) int32, the slot of each
  // (i, j); bias_slots, the most any plane has); dbias_partial (n_chunks, bias_slots, heads)
  // compute type, or nullptr (no bias).
  void* dbias_partial;
  const int32_t* bias_slot;
  int64_t bias_slots;
  int64_t chunk;  // windows per backward chunk (fixed: results do not depend on threads)
  int64_t chunks_per_group, n_chunks;
  // Backward chunk c's first window (a chunk holds consecutive windows of one group).
  int64_t chunk_first_window(int64_t c) const {
    return c / chunks_per_group * (g.n_y * g.n_x) + c % chunks_per_group * chunk;
  }
  // Padded sizes (filled by prepare()).
  int64_t np, nr, dp;
};

// One ISA's kernels; index by InType.
struct KernelSet {
  const char* isa;
  // Fills the padded sizes of a (compute type implied by `in`) and returns the per-thread
  // workspace size in bytes.
  size_t (*prepare[4])(CpuAttnArgs& a, bool backward);
  // Forward over work items [begin, end), item = window (all heads).
  void (*fwd[4])(const CpuAttnArgs& a, int64_t begin, int64_t end, void* ws);
  // Backward over work items [begin, end), item = chunk of windows (all heads).
  void (*bwd[4])(const CpuAttnArgs& a, int64_t begin, int64_t end, void* ws);
  // After bwd with kv_time_shift (not cyclic): completes the k / v part of grad_qkv rows
  // [begin, end) (the adjoint of the shift, tps::kv_grad_rows: gathers, no atomics). ws:
  // 3 * kv_num_offsets int64.
  void (*kv_grad[4])(const CpuAttnArgs& a, int64_t begin, int64_t end, void* ws);
  // The shared padded bias rows bm of bias planes [begin, end) (compute type, (plane, heads,
  // N, np)), from bias_table (+ its -inf row) and bias_gather_index.
  void (*bias_rows[4])(const CpuAttnArgs& a, int64_t begin, int64_t end, void* bm);
  // tps::round_to_bf16 (round_to_bf16.h): dst[0, n) = bf16-rounded src, GELU'd between two
  // roundings when gelu; dst may be src.
  void (*round_to_bf16)(const float* src, float* dst, int64_t n, bool gelu);
};

}  // namespace cpu
}  // namespace tps
