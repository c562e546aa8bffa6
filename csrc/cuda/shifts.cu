// CUDA kernels of tps::patch_shift and tps::channel_shift (the standalone shifts of the PST
// blocks). Row maps come from index.h (patch_shift_source, channel_shift_offset), the same
// functions the CPU kernels run in CI.
#include <torch/library.h>

#include "common.cuh"
#include "static_switch.h"

namespace tps {
namespace cuda {
namespace {

// One thread per 16-byte chunk (or element when rows are not 16-byte aligned) of the output:
// out[r, c] = x[patch_shift_source(r), c]. Whole rows move, so copies stay contiguous.
template <typename T, bool VEC>
__global__ void patch_shift_kernel_impl(const T* __restrict__ x, T* __restrict__ out, Geometry g,
                                        const int32_t* __restrict__ fs, int64_t fh, int64_t fw,
                                        bool inverse, int64_t rows, int64_t C) {
  constexpr int64_t V = VEC ? 16 / sizeof(T) : 1;
  const int64_t per_row = C / V;
  const int64_t total = rows * per_row;
  for (int64_t t = (int64_t)blockIdx.x * blockDim.x + threadIdx.x; t < total;
       t += (int64_t)gridDim.x * blockDim.x) {
    const int64_t r = t / per_row, c = (t % per_row) * V;
    const int64_t src = patch_shift_source(g, fs, fh, fw, inverse, r);
    if (VEC) {
      *reinterpret_cast<uint4*>(out + r * C + c) =
          __ldg(reinterpret_cast<const uint4*>(x + src * C + c));
    } else {
      out[r * C + c] = x[src * C + c];
    }
  }
}

// Forward: out[t, c] = x[t + off(c, t), c]; backward (its adjoint): grad_x[t', c] sums the
// grad_out[t, c] whose forward read t' (t in {t'-1, t', t'+1}), in a fixed order.
template <typename T>
__global__ void channel_shift_kernel_impl(const T* __restrict__ x, T* __restrict__ out,
                                          int64_t frames, int64_t per_frame, int64_t C,
                                          int64_t head_dim, int64_t fold, bool backward,
                                          int64_t total) {
  using A = at::opmath_type<T>;
  for (int64_t e = (int64_t)blockIdx.x * blockDim.x + threadIdx.x; e < total;
       e += (int64_t)gridDim.x * blockDim.x) {
    const int64_t c = e % C;
    const int64_t t = (e / (C * per_frame)) % frames;
    const int64_t frame_stride = C * per_frame;
    if (!backward) {
      const int off = channel_shift_offset(c, head_dim, fold, t, frames);
      out[e] = x[e + off * frame_stride];
    } else {
      A s = A(0);
      for (int d = -1; d <= 1; ++d) {
        const int64_t src_t = t + d;  // a frame whose forward may have read frame t
        if (src_t < 0 || src_t >= frames) continue;
        if (src_t + channel_shift_offset(c, head_dim, fold, src_t, frames) == t)
          s += static_cast<A>(x[e + d * frame_stride]);
      }
      out[e] = static_cast<T>(s);
    }
  }
}

unsigned grid_for(int64_t total, int threads) {
  const int64_t blocks = ceil_div(total, threads);
  return (unsigned)std::min<int64_t>(std::max<int64_t>(blocks, 1), int64_t(1) << 20);
}

}  // namespace

at::Tensor patch_shift_kernel(const at::Tensor& x, const at::Tensor& frame_shift, bool inverse,
                              int64_t batch_size, int64_t num_frames) {
  const DeviceGuard guard(x.device());
  check_cuda(x, "x", x, "x");
  const Geometry g = patch_shift_geometry(x, frame_shift, batch_size, num_frames);
  const at::Tensor& fs = frame_shift;
  const int64_t fh = fs.size(0), fw = fs.size(1);
  at::Tensor out = new_output(x.sizes(), x.options());
  if (x.numel() == 0) return out;
  const int64_t C = x.size(-1), rows = x.numel() / C;
  const int threads = 256;
  auto stream = current_stream();
  TPS_DISPATCH_FLOAT_TYPES(x.scalar_type(), "tps_patch_shift_cuda", [&] {
    const int64_t V = 16 / sizeof(scalar_t);
    const bool vec = C % V == 0 && reinterpret_cast<uintptr_t>(x.data_ptr()) % 16 == 0 &&
                     reinterpret_cast<uintptr_t>(out.data_ptr()) % 16 == 0;
    BOOL_SWITCH(vec, VEC, [&] {
      auto kernel = patch_shift_kernel_impl<scalar_t, VEC>;
      const int64_t chunks = rows * (VEC ? C / V : C);  // one thread per chunk (or element)
      TPS_LAUNCH(kernel, grid_for(chunks, threads), threads, 0, stream, x.data_ptr<scalar_t>(),
                 out.data_ptr<scalar_t>(), g, fs.data_ptr<int32_t>(), fh, fw, inverse, rows, C);
      C10_CUDA_KERNEL_LAUNCH_CHECK();
    });
  });
  return out;
}

at::Tensor channel_shift_kernel(const at::Tensor& x, int64_t num_heads, int64_t fold_div,
                                int64_t batch_size, int64_t num_frames, bool backward) {
  const DeviceGuard guard(x.device());
  check_cuda(x, "x", x, "x");
  const int64_t per_frame =
      channel_shift_rows_per_frame(x, num_heads, fold_div, batch_size, num_frames);
  const int64_t C = x.size(-1), frames = num_frames;
  at::Tensor out = new_output(x.sizes(), x.options());
  if (x.numel() == 0) return out;
  const int64_t head_dim = C / num_heads, fold = head_dim / fold_div;
  const int threads = 256;
  auto stream = current_stream();
  TPS_DISPATCH_FLOAT_TYPES(x.scalar_type(), "tps_channel_shift_cuda", [&] {
    auto kernel = channel_shift_kernel_impl<scalar_t>;
    TPS_LAUNCH(kernel, grid_for(x.numel(), threads), threads, 0, stream, x.data_ptr<scalar_t>(),
               out.data_ptr<scalar_t>(), frames, per_frame, C, head_dim, fold, backward, x.numel());
    C10_CUDA_KERNEL_LAUNCH_CHECK();
  });
  return out;
}

}  // namespace cuda
}  // namespace tps

#ifndef TPS_CUDA_EMULATION
TORCH_LIBRARY_IMPL(tps, CUDA, m) {
  m.impl("patch_shift", &tps::cuda::patch_shift_kernel);
  m.impl("channel_shift", &tps::cuda::channel_shift_kernel);
}
#endif  // TPS_CUDA_EMULATION
