// Index math of the fused PST window attention: where the q/k/v row of a window slot comes
// from (spatio-temporal roll + window partition + temporal patch shift), its Swin region
// label, and which bias-index plane a window uses. One copy, compiled for the host (CPU
// kernels, executed in CI) and for the device (CUDA kernels). See docs/design.md.
//
// Vocabulary (issue #15): one name per concept in Python, C++, CUDA and Triton.
//   num_bias_planes    Ti, planes of bias_index (1 or T / wt; window w uses window_tau(g, w))
//   num_mask_windows   M, windows of the explicit mask (window w uses mask[w % M])
//   is_windows_layout  qkv is (B_, N, 3C) windows, else (B, T, H, W, 3C) video
//   has_region_mask    the op builds Swin's region mask from a non-zero shift (video layout)
//   has_frame_shift, has_bias, has_mask: the optional inputs are given
//   <op>_kernel        the function a backend registers for tps::<op> (torchvision style:
//                      tps::cuda::window_attention_fwd_kernel); CUDA __global__ functions
//                      end in _kernel_impl
// tps/attn_args.h holds the operands of one attention call in these names.
#pragma once
#include <stdint.h>

#if defined(__CUDACC__) || defined(__HIPCC__)
#define TPS_HD __host__ __device__ __forceinline__
#else
#define TPS_HD inline
#endif

namespace tps {

// Everything the index functions need, as plain integers (trivially copyable to a kernel).
struct Geometry {
  int64_t batch;           // B
  int64_t frames;          // T
  int64_t height;          // H (video layout); unused for windows layout
  int64_t width;           // W (video layout); unused for windows layout
  int64_t wt, wh, ww;      // window
  int64_t st, sh, sw;      // cyclic roll (video layout only)
  int64_t n_t;             // temporal windows T / wt
  int64_t n_y, n_x;        // spatial windows along H and W (windows layout: n_y = nW, n_x = 1)
  int64_t n_slots;         // N = wt * wh * ww
  int64_t n_windows;       // B * n_t * n_y * n_x
  bool is_windows_layout;  // qkv is (B_, N, 3C) windows, else (B, T, H, W, 3C) video
  bool has_region_mask;    // video layout with a non-zero shift: build the Swin region mask
};

TPS_HD int64_t pos_mod(int64_t a, int64_t m) {
  int64_t r = a % m;
  return r < 0 ? r + m : r;
}

// Window w -> its temporal window index tau (its bias-index plane when num_bias_planes > 1).
TPS_HD int64_t window_tau(const Geometry& g, int64_t w) { return (w / (g.n_y * g.n_x)) % g.n_t; }

// Window w's spatial window s in [0, n_y * n_x) inside its frame group.
TPS_HD int64_t window_spatial(const Geometry& g, int64_t w) { return w % (g.n_y * g.n_x); }

// Row (in qkv viewed as (rows, 3C), equally in out viewed as (rows, C)) that feeds slot n of
// window w. frame_shift: (wh, ww) roll amounts, or nullptr for no patch shift.
template <typename IndexT>
TPS_HD int64_t source_row(const Geometry& g, const IndexT* frame_shift, int64_t w, int64_t n) {
  const int64_t area = g.wh * g.ww;
  const int64_t dt = n / area, i = (n % area) / g.ww, j = n % g.ww;
  const int64_t s = window_spatial(g, w);
  const int64_t rest = w / (g.n_y * g.n_x);
  const int64_t tau = rest % g.n_t, b = rest / g.n_t;
  int64_t t = tau * g.wt + dt;  // frame of the rolled, partitioned video
  if (frame_shift != nullptr) t = pos_mod(t - (int64_t)frame_shift[i * g.ww + j], g.frames);
  if (g.is_windows_layout) {
    const int64_t src_tau = t / g.wt, src_dt = t % g.wt;
    return (((b * g.n_t + src_tau) * (g.n_y * g.n_x) + s) * g.n_slots) +
           (src_dt * g.wh + i) * g.ww + j;
  }
  const int64_t wy = s / g.n_x, wx = s % g.n_x;
  const int64_t tt = pos_mod(t + g.st, g.frames);
  const int64_t y = pos_mod(wy * g.wh + i + g.sh, g.height);
  const int64_t x = pos_mod(wx * g.ww + j + g.sw, g.width);
  return ((b * g.frames + tt) * g.height + y) * g.width + x;
}

// All N source rows of window w at once (same values as source_row for n = 0..N-1): the
// per-window divisions are hoisted out of the slot loop (kernels call this per window).
template <typename IndexT>
TPS_HD void window_source_rows(const Geometry& g, const IndexT* frame_shift, int64_t w,
                               int64_t* rows) {
  const int64_t s = window_spatial(g, w);
  const int64_t rest = w / (g.n_y * g.n_x);
  const int64_t tau = rest % g.n_t, b = rest / g.n_t;
  const int64_t wy = s / g.n_x, wx = s % g.n_x;
  int64_t n = 0;
  for (int64_t dt = 0; dt < g.wt; ++dt) {
    for (int64_t i = 0; i < g.wh; ++i) {
      for (int64_t j = 0; j < g.ww; ++j, ++n) {
        int64_t t = tau * g.wt + dt;
        if (frame_shift != nullptr) t = pos_mod(t - (int64_t)frame_shift[i * g.ww + j], g.frames);
        if (g.is_windows_layout) {
          rows[n] = (((b * g.n_t + t / g.wt) * (g.n_y * g.n_x) + s) * g.n_slots) +
                    ((t % g.wt) * g.wh + i) * g.ww + j;
        } else {
          int64_t tt = t + g.st, y = wy * g.wh + i + g.sh, x = wx * g.ww + j + g.sw;
          tt -= tt >= g.frames ? g.frames : 0;  // each is < 2 * size: one subtraction
          y -= y >= g.height ? g.height : 0;
          x -= x >= g.width ? g.width : 0;
          rows[n] = ((b * g.frames + tt) * g.height + y) * g.width + x;
        }
      }
    }
  }
}

// ---- key/value temporal shift (X-ViT / SCT / TSM on k and v; kv_time_shift) ----------
// The key and value of channel c of the token in row r are read from the same position in
// frame row_frame(r) + d, d = kv_time_shift[c]. Rows index qkv viewed as (rows, 3C); the
// shift acts on the input tokens, so it composes with the roll, the partition and the
// patch shift (applied to the row those give).

// kv_time_shift_boundary: what a source frame outside [0, T) gives.
enum KvTimeShiftBoundary : int {
  kKvZero = 0,    // zeros
  kKvSelf = 1,    // the frame's own key / value (as if d = 0)
  kKvCyclic = 2,  // frame (t + d) mod T
};

// Frame t of row r.
TPS_HD int64_t row_frame(const Geometry& g, int64_t r) {
  if (g.is_windows_layout) {
    const int64_t w = r / g.n_slots, dt = (r % g.n_slots) / (g.wh * g.ww);
    return window_tau(g, w) * g.wt + dt;
  }
  return (r / (g.height * g.width)) % g.frames;
}

// The row of the same batch element and position as row r (of frame f) in frame f2.
TPS_HD int64_t row_at_frame(const Geometry& g, int64_t r, int64_t f, int64_t f2) {
  if (g.is_windows_layout) {
    return r + (f2 / g.wt - f / g.wt) * (g.n_y * g.n_x) * g.n_slots +
           (f2 % g.wt - f % g.wt) * (g.wh * g.ww);
  }
  return r + (f2 - f) * g.height * g.width;
}

// Row whose key / value channel (offset d) feeds row r, or -1 for zeros; f is row r's frame
// (row_frame(g, r): kernels that keep it per gathered row skip the division).
TPS_HD int64_t kv_source_row(const Geometry& g, int64_t r, int64_t f, int64_t d, int boundary) {
  int64_t f2 = f + d;
  if (f2 < 0 || f2 >= g.frames) {
    if (boundary == kKvZero) return -1;
    if (boundary == kKvSelf) return r;
    f2 = pos_mod(f2, g.frames);
  }
  return row_at_frame(g, r, f, f2);
}

TPS_HD int64_t kv_source_row(const Geometry& g, int64_t r, int64_t d, int boundary) {
  return kv_source_row(g, r, row_frame(g, r), d, boundary);
}

// The adjoint: the rows r2 with kv_source_row(g, r2, d, boundary) == r (at most 2: the row
// of frame t - d, and r itself when the self boundary makes it read itself). The gradient of
// row r's key / value channel is the sum of the shifted-input gradients of these rows, in
// this order (deterministic, no atomics). Returns their count.
TPS_HD int kv_grad_rows(const Geometry& g, int64_t r, int64_t d, int boundary, int64_t* rows) {
  const int64_t f = row_frame(g, r);
  if (boundary == kKvCyclic) {
    rows[0] = row_at_frame(g, r, f, pos_mod(f - d, g.frames));
    return 1;
  }
  int count = 0;
  if (f - d >= 0 && f - d < g.frames) rows[count++] = row_at_frame(g, r, f, f - d);
  if (boundary == kKvSelf && (f + d < 0 || f + d >= g.frames)) rows[count++] = r;
  return count;
}

// Swin's region label of coordinate c (rolled frame) along a dim of size L, window size
// win, shift s: slices [0, L-win), [L-win, L-s), [L-s, L) -> 0, 1, 2.
TPS_HD int64_t region_1d(int64_t c, int64_t L, int64_t win, int64_t s) {
  if (s == 0) return 0;
  return c < L - win ? 0 : (c < L - s ? 1 : 2);
}

// Region label of slot n of window w (video layout). Depends on the slot position only,
// not on the frame the patch shift brought there, so it is the same for every frame.
TPS_HD int64_t region_label(const Geometry& g, int64_t w, int64_t n) {
  const int64_t area = g.wh * g.ww;
  const int64_t dt = n / area, i = (n % area) / g.ww, j = n % g.ww;
  const int64_t s = window_spatial(g, w);
  const int64_t tau = window_tau(g, w);
  const int64_t wy = s / g.n_x, wx = s % g.n_x;
  return region_1d(tau * g.wt + dt, g.frames, g.wt, g.st) * 9 +
         region_1d(wy * g.wh + i, g.height, g.wh, g.sh) * 3 +
         region_1d(wx * g.ww + j, g.width, g.ww, g.sw);
}

// Region labels of all N slots of window w (same values as region_label); returns whether
// they differ (false: the window lies in one region and needs no mask).
TPS_HD bool window_region_labels(const Geometry& g, int64_t w, int64_t* labels) {
  const int64_t s = window_spatial(g, w);
  const int64_t tau = window_tau(g, w);
  const int64_t wy = s / g.n_x, wx = s % g.n_x;
  int64_t n = 0;
  bool differ = false;
  for (int64_t dt = 0; dt < g.wt; ++dt) {
    const int64_t lt = region_1d(tau * g.wt + dt, g.frames, g.wt, g.st) * 9;
    for (int64_t i = 0; i < g.wh; ++i) {
      const int64_t ly = lt + region_1d(wy * g.wh + i, g.height, g.wh, g.sh) * 3;
      for (int64_t j = 0; j < g.ww; ++j, ++n) {
        labels[n] = ly + region_1d(wx * g.ww + j, g.width, g.ww, g.sw);
        differ |= labels[n] != labels[0];
      }
    }
  }
  return differ;
}

// Source element of patch_shift on x (video (B,T,H,W,C) or windows (B_,N,C) rows):
// output row r takes input row patch_shift_source(r) (inverse=true gives the shift back).
// frame_shift (fh, fw) is tiled over the frame: s(y, x) = frame_shift[y % fh, x % fw];
// windows layout uses the window-local (i, j) of the slot.
template <typename IndexT>
TPS_HD int64_t patch_shift_source(const Geometry& g, const IndexT* frame_shift, int64_t fh,
                                  int64_t fw, bool inverse, int64_t r) {
  if (g.is_windows_layout) {
    const int64_t n = r % g.n_slots, w = r / g.n_slots;
    const int64_t area = g.wh * g.ww;
    const int64_t dt = n / area, i = (n % area) / g.ww, j = n % g.ww;
    const int64_t s = window_spatial(g, w), rest = w / (g.n_y * g.n_x);
    const int64_t tau = rest % g.n_t, b = rest / g.n_t;
    const int64_t sh = (int64_t)frame_shift[(i % fh) * fw + (j % fw)];
    const int64_t t = pos_mod(tau * g.wt + dt + (inverse ? sh : -sh), g.frames);
    return (((b * g.n_t + t / g.wt) * (g.n_y * g.n_x) + s) * g.n_slots) +
           ((t % g.wt) * g.wh + i) * g.ww + j;
  }
  const int64_t x = r % g.width, y = (r / g.width) % g.height;
  const int64_t t = (r / (g.width * g.height)) % g.frames, b = r / (g.width * g.height * g.frames);
  const int64_t sh = (int64_t)frame_shift[(y % fh) * fw + (x % fw)];
  const int64_t src_t = pos_mod(t + (inverse ? sh : -sh), g.frames);
  return ((b * g.frames + src_t) * g.height + y) * g.width + x;
}

// Temporal channel shift (TSM/TCS), per head: channels [0, fold) come from frame t-1,
// [fold, 2 fold) from frame t+1, not cyclic (frame 0 / T-1 keep their own). Returns the
// frame offset (-1, 0, +1) the channel c of frame t reads in the forward.
TPS_HD int channel_shift_offset(int64_t c, int64_t head_dim, int64_t fold, int64_t t,
                                int64_t frames) {
  const int64_t ch = c % head_dim;
  if (ch < fold) return t > 0 ? -1 : 0;
  if (ch < 2 * fold) return t < frames - 1 ? 1 : 0;
  return 0;
}

}  // namespace tps
