// CPU kernels of the standalone temporal shifts: patch_shift (a permutation of whole
// token rows, so forward and its inverse are row copies through tps::patch_shift_source)
// and channel_shift (TCS; its backward is the adjoint, which is not a permutation: the
// boundary frames are read twice / never).
#include <ATen/ATen.h>
#include <ATen/Dispatch.h>
#include <ATen/OpMathType.h>
#include <ATen/Parallel.h>
#include <torch/library.h>

#include <algorithm>
#include <cstring>

#include "tps/index.h"
#include "tps/op_args.h"

namespace tps {
namespace cpu {
namespace {

at::Tensor patch_shift_kernel(const at::Tensor& x, const at::Tensor& frame_shift, bool inverse,
                              int64_t batch_size, int64_t num_frames) {
  const Geometry g = patch_shift_geometry(x, frame_shift, batch_size, num_frames);
  at::Tensor out = new_output(x.sizes(), x.options());
  const int64_t c = x.size(-1);
  const int64_t rows = x.numel() / c;
  const int64_t row_bytes = c * x.element_size();
  const int64_t fh = frame_shift.size(0), fw = frame_shift.size(1);
  const int32_t* fs = frame_shift.data_ptr<int32_t>();
  const char* src = static_cast<const char*>(x.data_ptr());
  char* dst = static_cast<char*>(out.data_ptr());
  at::parallel_for(0, rows, 256, [&](int64_t begin, int64_t end) {
    for (int64_t r = begin; r < end; ++r) {
      const int64_t s = patch_shift_source(g, fs, fh, fw, inverse, r);
      std::memcpy(dst + r * row_bytes, src + s * row_bytes, row_bytes);
    }
  });
  return out;
}

at::Tensor channel_shift_kernel(const at::Tensor& x, int64_t num_heads, int64_t fold_div,
                                int64_t batch_size, int64_t num_frames, bool backward) {
  const int64_t per_frame =
      channel_shift_rows_per_frame(x, num_heads, fold_div, batch_size, num_frames);
  at::Tensor out = new_output(x.sizes(), x.options());
  const int64_t c = x.size(-1), head_dim = c / num_heads, fold = head_dim / fold_div;
  // the second segment ends at the head's last channel (fold_div = 1: there is none)
  const int64_t fold1 = std::max<int64_t>(0, std::min(fold, head_dim - fold));
  const int64_t frames = num_frames;
  const int64_t rows = x.numel() / c;
  AT_DISPATCH_FLOATING_TYPES_AND2(at::kHalf, at::kBFloat16, x.scalar_type(), "channel_shift", [&] {
    using acc_t = at::opmath_type<scalar_t>;
    const scalar_t* src = x.data_ptr<scalar_t>();
    scalar_t* dst = out.data_ptr<scalar_t>();
    const int64_t frame_stride = per_frame * c;
    // Each row is a copy of itself except two `fold`-wide segments per head, so copy the row
    // whole and redo only those segments (bandwidth-bound; no per-channel index math).
    at::parallel_for(0, rows, 64, [&](int64_t begin, int64_t end) {
      for (int64_t r = begin; r < end; ++r) {
        const int64_t t = (r / per_frame) % frames;
        const scalar_t* in = src + r * c;
        scalar_t* o = dst + r * c;
        std::memcpy(o, in, c * sizeof(scalar_t));
        if (!backward) {
          // segment k in {0, 1} reads frame t + offset (tps::channel_shift_offset)
          const int64_t off0 = channel_shift_offset(0, head_dim, fold, t, frames);
          const int64_t off1 = channel_shift_offset(fold, head_dim, fold, t, frames);
          for (int64_t h = 0; h < num_heads; ++h) {
            const int64_t c0 = h * head_dim;
            for (int64_t k = 0; k < fold; ++k) o[c0 + k] = in[c0 + k + off0 * frame_stride];
            for (int64_t k = 0; k < fold1; ++k)
              o[c0 + fold + k] = in[c0 + fold + k + off1 * frame_stride];
          }
          continue;
        }
        // adjoint: forward out[t] = x[t-1] (t > 0), out[0] = x[0] for the first fold, and
        // out[t] = x[t+1] (t < T-1), out[T-1] = x[T-1] for the second
        for (int64_t h = 0; h < num_heads; ++h) {
          const int64_t c0 = h * head_dim;
          for (int64_t k = 0; k < fold; ++k) {
            const int64_t a = c0 + k;
            acc_t g = t < frames - 1 ? static_cast<acc_t>(in[a + frame_stride]) : acc_t(0);
            if (t == 0) g += static_cast<acc_t>(in[a]);
            o[a] = static_cast<scalar_t>(g);
          }
          for (int64_t k = 0; k < fold1; ++k) {
            const int64_t b = c0 + fold + k;
            acc_t g = t > 0 ? static_cast<acc_t>(in[b - frame_stride]) : acc_t(0);
            if (t == frames - 1) g += static_cast<acc_t>(in[b]);
            o[b] = static_cast<scalar_t>(g);
          }
        }
      }
    });
  });
  return out;
}

}  // namespace
}  // namespace cpu
}  // namespace tps

TORCH_LIBRARY_IMPL(tps, CPU, m) {
  m.impl("patch_shift", &tps::cpu::patch_shift_kernel);
  m.impl("channel_shift", &tps::cpu::channel_shift_kernel);
}
