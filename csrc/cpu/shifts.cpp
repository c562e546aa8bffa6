// CPU kernels of the standalone temporal shifts: patch_shift (a permutation of whole
// token rows, so forward and its inverse are row copies through tps::patch_shift_source)
// and channel_shift (TCS; its backward is the adjoint, which is not a permutation: the
// boundary frames are read twice / never).
#include <ATen/ATen.h>
#include <ATen/Dispatch.h>
#include <ATen/OpMathType.h>
#include <ATen/Parallel.h>
#include <torch/library.h>

#include <cstring>

#include "tps/index.h"
#include "tps/op_args.h"

namespace tps {
namespace {

at::Tensor patch_shift_cpu(const at::Tensor& x, const at::Tensor& frame_shift, bool inverse,
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

at::Tensor channel_shift_cpu(const at::Tensor& x, int64_t num_heads, int64_t fold_div,
                             int64_t batch_size, int64_t num_frames, bool backward) {
  const int64_t per_frame =
      channel_shift_rows_per_frame(x, num_heads, fold_div, batch_size, num_frames);
  at::Tensor out = new_output(x.sizes(), x.options());
  const int64_t c = x.size(-1), head_dim = c / num_heads, fold = head_dim / fold_div;
  const int64_t frames = num_frames;
  const int64_t rows = x.numel() / c;
  AT_DISPATCH_FLOATING_TYPES_AND2(at::kHalf, at::kBFloat16, x.scalar_type(), "channel_shift",
                                  [&] {
    const scalar_t* src = x.data_ptr<scalar_t>();
    scalar_t* dst = out.data_ptr<scalar_t>();
    const int64_t frame_stride = per_frame * c;
    at::parallel_for(0, rows, 64, [&](int64_t begin, int64_t end) {
      for (int64_t r = begin; r < end; ++r) {
        const int64_t t = (r / per_frame) % frames;
        const scalar_t* in = src + r * c;
        scalar_t* o = dst + r * c;
        for (int64_t ch = 0; ch < c; ++ch) {
          const int64_t k = ch % head_dim;
          if (k >= 2 * fold) {
            o[ch] = in[ch];
          } else if (!backward) {
            const int off = channel_shift_offset(ch, head_dim, fold, t, frames);
            o[ch] = in[ch + off * frame_stride];
          } else if (k < fold) {
            // forward: out[t] = x[t-1] (t > 0), out[0] = x[0]  =>  adjoint below
            using acc_t = at::opmath_type<scalar_t>;
            acc_t acc = t < frames - 1 ? static_cast<acc_t>(in[ch + frame_stride]) : acc_t(0);
            if (t == 0) acc += static_cast<acc_t>(in[ch]);
            o[ch] = static_cast<scalar_t>(acc);
          } else {
            // forward: out[t] = x[t+1] (t < T-1), out[T-1] = x[T-1]
            using acc_t = at::opmath_type<scalar_t>;
            acc_t acc = t > 0 ? static_cast<acc_t>(in[ch - frame_stride]) : acc_t(0);
            if (t == frames - 1) acc += static_cast<acc_t>(in[ch]);
            o[ch] = static_cast<scalar_t>(acc);
          }
        }
      }
    });
  });
  return out;
}

}  // namespace
}  // namespace tps

TORCH_LIBRARY_IMPL(tps, CPU, m) {
  m.impl("patch_shift", &tps::patch_shift_cpu);
  m.impl("channel_shift", &tps::channel_shift_cpu);
}
