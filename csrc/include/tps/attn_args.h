// The operands of one window-attention call as plain data (no torch types), in the shared
// vocabulary of issue #15: what every backend's kernels read besides qkv and its outputs.
//   AttnOperands    the fields of every backend (geometry, heads, index maps, counts)
//   AttnArgs<A>     + the typed scalars / tables of the compute type A: the CUDA kernels'
//                   operands (csrc/cuda: CudaAttnArgs<A> adds launch-only fields)
//   cpu::CpuAttnArgs (csrc/cpu/attn_args.h) derives from AttnOperands too: its tables are
//                   padded, run-time-typed copies (one kernel table per storage dtype)
#pragma once
#include <stdint.h>

#include "tps/index.h"

namespace tps {

struct AttnOperands {
  Geometry g;
  int64_t num_heads, head_dim;   // C = num_heads * head_dim channels per q, k, v
  const int32_t* frame_shift;    // (wh, ww) or nullptr
  const int64_t* bias_index;     // (num_bias_planes, N, N) or nullptr
  int64_t num_bias_planes;       // 1, or T / wt: window w uses plane window_tau(g, w)
  int64_t num_mask_windows;      // window w uses mask plane w % num_mask_windows
  const int32_t* kv_time_shift;  // (C,) key/value frame offsets or nullptr
  int kv_time_shift_boundary;    // KvTimeShiftBoundary (index.h)

  TPS_HD bool has_frame_shift() const { return frame_shift != nullptr; }
  TPS_HD bool has_kv_time_shift() const { return kv_time_shift != nullptr; }
  // The bias-index plane of window w.
  TPS_HD int64_t bias_plane(int64_t w) const { return num_bias_planes > 1 ? window_tau(g, w) : 0; }
};

// A: the compute type (float, or double for float64 inputs); bias_table and mask are
// converted to it before the kernels run.
template <typename A>
struct AttnArgs : AttnOperands {
  A scale, mask_value;  // q is multiplied by scale; region-masked pairs get mask_value
  const A* bias_table;  // (table_rows, num_heads) or nullptr
  int64_t table_rows;   // index values outside [0, table_rows) give NaN, not a wild read
  const A* mask;        // (num_mask_windows, N, N) or nullptr (windows layout only)

  TPS_HD bool has_bias() const { return bias_table != nullptr; }
  TPS_HD bool has_mask() const { return mask != nullptr; }
};

// The (N, N) bias-index plane of window w, or nullptr without bias.
template <typename A>
TPS_HD const int64_t* window_bias_index(const AttnArgs<A>& a, int64_t w) {
  if (!a.has_bias()) return nullptr;
  return a.bias_index + a.bias_plane(w) * a.g.n_slots * a.g.n_slots;
}

// The (N, N) mask plane of window w, or nullptr without mask.
template <typename A>
TPS_HD const A* window_mask(const AttnArgs<A>& a, int64_t w) {
  if (!a.has_mask()) return nullptr;
  return a.mask + (w % a.num_mask_windows) * a.g.n_slots * a.g.n_slots;
}

}  // namespace tps
