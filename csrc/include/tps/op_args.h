// Host-only C++ safety net shared by the CPU (csrc/cpu) and CUDA (csrc/cuda) kernels:
// validates the normalized arguments of the tps:: ops (tps_kernels/ops.py already checks
// them for Python callers; direct torch.ops.tps.* callers land here) and builds the
// tps::Geometry the index functions in index.h take. Error messages name the argument.
#pragma once
#include <cstdlib>
#include <string>
#include <limits>
#include <tuple>

#include <ATen/ATen.h>
#include <c10/util/Exception.h>

#include "tps/index.h"

namespace tps {

// TPS_POISON_OUTPUTS=1 (set by tests/conftest.py): outputs start as NaN so an element a
// kernel forgets to write shows up in the comparison. Read per call (cheap), so tests can
// toggle it.
inline bool poison_outputs() {
  const char* v = std::getenv("TPS_POISON_OUTPUTS");
  return v != nullptr && v[0] == '1';
}

// Freshly allocated kernel output: NaN-filled under TPS_POISON_OUTPUTS=1 (float dtypes),
// else uninitialized.
inline at::Tensor new_output(at::IntArrayRef sizes, const at::TensorOptions& options) {
  at::Tensor t = at::empty(sizes, options);
  if (poison_outputs() && at::isFloatingType(t.scalar_type())) {
    t.fill_(std::numeric_limits<double>::quiet_NaN());
  }
  return t;
}

// The forward's outputs, shared by the CPU and CUDA ops: out (qkv's layout with C = 3C / 3,
// qkv's dtype) and lse (float32, (windows, heads, N)).
inline std::tuple<at::Tensor, at::Tensor> new_forward_outputs(const at::Tensor& qkv,
                                                              const Geometry& g,
                                                              int64_t num_heads) {
  auto out_sizes = qkv.sizes().vec();
  out_sizes.back() /= 3;
  return {new_output(out_sizes, qkv.options()),
          new_output({g.n_windows, num_heads, g.n_slots}, qkv.options().dtype(at::kFloat))};
}

inline void check_float_tensor(const at::Tensor& t, const char* name, const at::Tensor& like) {
  TORCH_CHECK(at::isFloatingType(t.scalar_type()) &&
                  (t.scalar_type() == at::kFloat || t.scalar_type() == at::kDouble ||
                   t.scalar_type() == at::kHalf || t.scalar_type() == at::kBFloat16),
              name, " must be float16/bfloat16/float32/float64, got ", t.scalar_type());
  TORCH_CHECK(t.device() == like.device(), name, " is on ", t.device(), " but qkv is on ",
              like.device());
  TORCH_CHECK(t.is_contiguous(), name, " must be contiguous (the Python layer makes it so)");
}

// Normalized arguments of window_attention_fwd / _bwd (see csrc/ops.cpp, docs/design.md).
// Returns the geometry; checks shapes, dtypes, devices and contiguity of every tensor.
inline Geometry attention_geometry(const at::Tensor& qkv,
                                   const c10::optional<at::Tensor>& bias_table,
                                   const c10::optional<at::Tensor>& bias_index,
                                   const c10::optional<at::Tensor>& frame_shift,
                                   const c10::optional<at::Tensor>& mask, int64_t num_heads,
                                   at::IntArrayRef window, at::IntArrayRef shift,
                                   int64_t batch_size, int64_t num_frames) {
  check_float_tensor(qkv, "qkv", qkv);
  TORCH_CHECK(qkv.dim() == 5 || qkv.dim() == 3,
              "qkv must be 5-D (B, T, H, W, 3C) or 3-D (B_, N, 3C), got ", qkv.sizes());
  TORCH_CHECK(qkv.numel() > 0, "qkv must not be empty, got ", qkv.sizes());
  TORCH_CHECK(window.size() == 3, "window must have 3 entries (wt, wh, ww), got ", window);
  TORCH_CHECK(shift.size() == 3, "shift must have 3 entries (st, sh, sw), got ", shift);
  const int64_t wt = window[0], wh = window[1], ww = window[2];
  TORCH_CHECK(wt >= 1 && wh >= 1 && ww >= 1, "window must be positive, got ", window);
  const int64_t c3 = qkv.size(-1);
  TORCH_CHECK(num_heads >= 1 && c3 % (3 * num_heads) == 0, "qkv's last dim ", c3,
              " must be 3 * C with C divisible by num_heads=", num_heads);
  const int64_t n = wt * wh * ww;

  Geometry g{};
  g.wt = wt;
  g.wh = wh;
  g.ww = ww;
  g.n_slots = n;
  if (qkv.dim() == 5) {
    g.is_windows_layout = false;
    g.batch = qkv.size(0);
    g.frames = qkv.size(1);
    g.height = qkv.size(2);
    g.width = qkv.size(3);
    TORCH_CHECK(g.frames % wt == 0 && g.height % wh == 0 && g.width % ww == 0,
                "qkv (B, T, H, W) = ", qkv.sizes().slice(0, 4),
                " must be a multiple of the window ", window);
    for (int d = 0; d < 3; ++d) {
      TORCH_CHECK(shift[d] >= 0 && shift[d] < window[d], "shift ", shift,
                  " must lie in [0, window) for window ", window);
    }
    g.st = shift[0];
    g.sh = shift[1];
    g.sw = shift[2];
    g.n_t = g.frames / wt;
    g.n_y = g.height / wh;
    g.n_x = g.width / ww;
    g.has_region_mask = shift[0] != 0 || shift[1] != 0 || shift[2] != 0;
    TORCH_CHECK(!mask.has_value(),
                "mask must be None in the video layout (the op builds the region mask from shift)");
    TORCH_CHECK(batch_size == g.batch && num_frames == g.frames, "batch_size=", batch_size,
                ", num_frames=", num_frames, " disagree with qkv's (B, T) = (", g.batch, ", ",
                g.frames, ")");
  } else {
    g.is_windows_layout = true;
    TORCH_CHECK(qkv.size(1) == n, "qkv's window dim N=", qkv.size(1), " must equal wt*wh*ww = ", n);
    TORCH_CHECK(shift[0] == 0 && shift[1] == 0 && shift[2] == 0,
                "shift must be zero in the windows layout, got ", shift);
    TORCH_CHECK(batch_size >= 1 && num_frames >= 1 && num_frames % wt == 0,
                "batch_size=", batch_size, " and num_frames=", num_frames,
                " must be positive with num_frames a multiple of wt=", wt);
    g.batch = batch_size;
    g.frames = num_frames;
    g.n_t = num_frames / wt;
    const int64_t group = batch_size * g.n_t;
    TORCH_CHECK(qkv.size(0) % group == 0, "qkv has ", qkv.size(0),
                " windows; expected a multiple of batch_size * num_frames / wt = ", group);
    g.n_y = qkv.size(0) / group;
    g.n_x = 1;
    g.height = g.n_y * wh;  // unused by the index math in this layout
    g.width = ww;
    g.has_region_mask = false;
    if (mask.has_value()) {
      check_float_tensor(*mask, "mask", qkv);
      TORCH_CHECK(mask->dim() == 3 && mask->size(1) == n && mask->size(2) == n &&
                      mask->size(0) >= 1 && qkv.size(0) % mask->size(0) == 0,
                  "mask must be (M, ", n, ", ", n, ") with M dividing the ", qkv.size(0),
                  " windows, got ", mask->sizes());
    }
  }
  g.n_windows = g.batch * g.n_t * g.n_y * g.n_x;

  if (frame_shift.has_value()) {
    const at::Tensor& fs = *frame_shift;
    TORCH_CHECK(fs.scalar_type() == at::kInt, "frame_shift must be int32, got ", fs.scalar_type());
    TORCH_CHECK(fs.device() == qkv.device(), "frame_shift is on ", fs.device(), " but qkv is on ",
                qkv.device());
    TORCH_CHECK(fs.dim() == 2 && fs.size(0) == wh && fs.size(1) == ww && fs.is_contiguous(),
                "frame_shift must be a contiguous (wh, ww) = (", wh, ", ", ww, ") tensor, got ",
                fs.sizes());
  }
  TORCH_CHECK(bias_table.has_value() == bias_index.has_value(),
              "bias_table and bias_index must be given together (or both None)");
  if (bias_table.has_value()) {
    check_float_tensor(*bias_table, "bias_table", qkv);
    TORCH_CHECK(bias_table->dim() == 2 && bias_table->size(1) == num_heads,
                "bias_table must be (R, num_heads=", num_heads, "), got ", bias_table->sizes());
    const at::Tensor& bi = *bias_index;
    TORCH_CHECK(bi.scalar_type() == at::kLong, "bias_index must be int64, got ", bi.scalar_type());
    TORCH_CHECK(bi.device() == qkv.device(), "bias_index is on ", bi.device(), " but qkv is on ",
                qkv.device());
    TORCH_CHECK(bi.dim() == 3 && bi.size(1) == n && bi.size(2) == n &&
                    (bi.size(0) == 1 || bi.size(0) == g.n_t) && bi.is_contiguous(),
                "bias_index must be a contiguous (Ti, ", n, ", ", n,
                ") tensor with Ti = 1 or T / wt = ", g.n_t, ", got ", bi.sizes());
    // Range of the index values is checked by the Python layer (a device sync on CUDA);
    // kernels must still not read out of bounds, so the CPU path re-checks cheaply.
  }
  return g;
}

// kv_time_shift (optional int32 (C,), on qkv's device) and its boundary name ("zero",
// "self", "cyclic") -> the KvTimeShiftBoundary code (index.h). Offsets outside (-T, T) are
// rejected by the Python layer; the index math keeps any value in bounds regardless.
inline int kv_time_shift_boundary_code(const c10::optional<at::Tensor>& kv_time_shift,
                                       c10::string_view boundary, const at::Tensor& qkv) {
  int code = -1;
  if (boundary == "zero") code = kKvZero;
  if (boundary == "self") code = kKvSelf;
  if (boundary == "cyclic") code = kKvCyclic;
  TORCH_CHECK(code >= 0, "kv_time_shift_boundary must be \"zero\", \"self\" or \"cyclic\", got \"",
              std::string(boundary), "\"");
  if (kv_time_shift.has_value()) {
    const at::Tensor& d = *kv_time_shift;
    const int64_t c = qkv.size(-1) / 3;
    TORCH_CHECK(d.scalar_type() == at::kInt && d.dim() == 1 && d.size(0) == c && d.is_contiguous(),
                "kv_time_shift must be a contiguous int32 (C,) = (", c, ",) tensor, got ",
                d.sizes(), " ", d.scalar_type());
    TORCH_CHECK(d.device() == qkv.device(), "kv_time_shift is on ", d.device(), " but qkv is on ",
                qkv.device());
  }
  return code;
}

// Extra tensors of window_attention_bwd: grad_out / out shaped like qkv with C channels,
// same dtype and device; lse float32 (n_windows, heads, N).
inline void check_backward_tensors(const at::Tensor& grad_out, const at::Tensor& qkv,
                                   const at::Tensor& out, const at::Tensor& lse, const Geometry& g,
                                   int64_t num_heads) {
  check_float_tensor(grad_out, "grad_out", qkv);
  check_float_tensor(out, "out", qkv);
  auto want = qkv.sizes().vec();
  want.back() /= 3;
  TORCH_CHECK(grad_out.sizes() == at::IntArrayRef(want), "grad_out must have shape ",
              at::IntArrayRef(want), ", got ", grad_out.sizes());
  TORCH_CHECK(out.sizes() == at::IntArrayRef(want), "out must have shape ", at::IntArrayRef(want),
              ", got ", out.sizes());
  TORCH_CHECK(grad_out.scalar_type() == qkv.scalar_type() && out.scalar_type() == qkv.scalar_type(),
              "grad_out (", grad_out.scalar_type(), ") and out (", out.scalar_type(),
              ") must have qkv's dtype ", qkv.scalar_type());
  TORCH_CHECK(lse.scalar_type() == at::kFloat && lse.device() == qkv.device() &&
                  lse.is_contiguous() && lse.dim() == 3 && lse.size(0) == g.n_windows &&
                  lse.size(1) == num_heads && lse.size(2) == g.n_slots,
              "lse must be a contiguous float32 (", g.n_windows, ", ", num_heads, ", ", g.n_slots,
              ") tensor on qkv's device, got ", lse.sizes(), " ", lse.scalar_type());
}

// Geometry of patch_shift on x: video (B, T, H, W, C) or windows (B_, N, C) with
// N = wt * fh * fw, windows ordered (b, tau, s).
inline Geometry patch_shift_geometry(const at::Tensor& x, const at::Tensor& frame_shift,
                                     int64_t batch_size, int64_t num_frames) {
  check_float_tensor(x, "x", x);
  TORCH_CHECK(x.dim() == 5 || x.dim() == 3, "x must be 5-D (B, T, H, W, C) or 3-D (B_, N, C), got ",
              x.sizes());
  TORCH_CHECK(frame_shift.scalar_type() == at::kInt && frame_shift.dim() == 2 &&
                  frame_shift.is_contiguous() && frame_shift.numel() > 0,
              "frame_shift must be a contiguous 2-D int32 tensor, got ", frame_shift.sizes(), " ",
              frame_shift.scalar_type());
  TORCH_CHECK(frame_shift.device() == x.device(), "frame_shift is on ", frame_shift.device(),
              " but x is on ", x.device());
  const int64_t fh = frame_shift.size(0), fw = frame_shift.size(1);
  Geometry g{};
  if (x.dim() == 5) {
    g.is_windows_layout = false;
    g.batch = x.size(0);
    g.frames = x.size(1);
    g.height = x.size(2);
    g.width = x.size(3);
    g.wt = 1;
    g.wh = fh;
    g.ww = fw;
    g.n_t = g.frames;
    g.n_y = 1;
    g.n_x = 1;
    g.n_slots = 1;
    g.n_windows = g.batch * g.frames;
    return g;
  }
  g.is_windows_layout = true;
  TORCH_CHECK(x.size(1) % (fh * fw) == 0, "x's window dim N=", x.size(1),
              " must be a multiple of frame_shift's wh*ww = ", fh * fw);
  g.wt = x.size(1) / (fh * fw);
  g.wh = fh;
  g.ww = fw;
  g.n_slots = x.size(1);
  TORCH_CHECK(batch_size >= 1 && num_frames >= 1 && num_frames % g.wt == 0,
              "batch_size=", batch_size, " and num_frames=", num_frames,
              " must be positive with num_frames a multiple of wt=", g.wt);
  g.batch = batch_size;
  g.frames = num_frames;
  g.n_t = num_frames / g.wt;
  TORCH_CHECK(
      x.size(0) % (batch_size * g.n_t) == 0, "x has ", x.size(0),
      " windows; expected a multiple of batch_size * num_frames / wt = ", batch_size * g.n_t);
  g.n_y = x.size(0) / (batch_size * g.n_t);
  g.n_x = 1;
  g.height = g.n_y * fh;
  g.width = fw;
  g.n_windows = x.size(0);
  return g;
}

// channel_shift on x: video (B, T, H, W, C) or windows (B_, N, C) ordered (b, t, ...).
// Returns the number of rows per frame (tokens of one frame of one batch element).
inline int64_t channel_shift_rows_per_frame(const at::Tensor& x, int64_t num_heads,
                                            int64_t fold_div, int64_t batch_size,
                                            int64_t num_frames) {
  check_float_tensor(x, "x", x);
  TORCH_CHECK(x.dim() == 5 || x.dim() == 3, "x must be 5-D (B, T, H, W, C) or 3-D (B_, N, C), got ",
              x.sizes());
  TORCH_CHECK(num_heads >= 1 && x.size(-1) % num_heads == 0, "x's channel dim ", x.size(-1),
              " must be divisible by num_heads=", num_heads);
  TORCH_CHECK(fold_div >= 1, "fold_div must be >= 1, got ", fold_div);
  if (x.dim() == 5) {
    TORCH_CHECK(batch_size == x.size(0) && num_frames == x.size(1), "batch_size=", batch_size,
                ", num_frames=", num_frames, " disagree with x's (B, T) = (", x.size(0), ", ",
                x.size(1), ")");
  }
  TORCH_CHECK(batch_size >= 1 && num_frames >= 1, "batch_size and num_frames must be positive");
  const int64_t rows = x.numel() / x.size(-1);
  TORCH_CHECK(rows % (batch_size * num_frames) == 0, "x has ", rows,
              " rows; expected a multiple of batch_size * num_frames = ", batch_size * num_frames);
  return rows / (batch_size * num_frames);
}

}  // namespace tps
