// CPU implementation of tps::round_to_bf16 / round_to_bf16_ (kernel: round_to_bf16.h, run
// with this CPU's ISA like the attention kernels): float32 tensors rounded to bf16 precision
// in float32 storage, optionally with GELU between two roundings.
#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <torch/library.h>

#include <limits>

#include "attn_args.h"
#include "isa/isa.h"
#include "tps/op_args.h"

namespace tps {
namespace cpu {
namespace {

// Elements per parallel task: memory-bound without GELU, so big enough to amortize a task.
constexpr int64_t kGrain = 1 << 15;

void check_dtype(const char* op, const at::Tensor& x) {
  TORCH_CHECK(x.scalar_type() == at::kFloat, op, ": x must be float32 (the values to round), got ",
              x.scalar_type());
}

void run(const char* op, const at::Tensor& src, const at::Tensor& dst, bool gelu) {
  // dense: the elements fill one block of memory in some order (any memory format), and
  // the out-of-place output (empty_like) has the same strides
  TORCH_CHECK(src.is_non_overlapping_and_dense(), op,
              ": x must be dense (contiguous in some memory format), got strides ", src.strides());
  const float* s = src.const_data_ptr<float>();
  float* d = dst.mutable_data_ptr<float>();
  const auto kernel = select_kernels().round_to_bf16;
  at::parallel_for(0, src.numel(), kGrain, [&](int64_t begin, int64_t end) {
    kernel(s + begin, d + begin, end - begin, gelu);
  });
}

at::Tensor round_to_bf16_kernel(const at::Tensor& x, bool gelu) {
  check_dtype("round_to_bf16", x);
  const at::Tensor src = x.is_non_overlapping_and_dense() ? x : x.contiguous();
  at::Tensor out = at::empty_like(src);  // src's strides (new_output would be contiguous)
  if (poison_outputs()) out.fill_(std::numeric_limits<double>::quiet_NaN());
  run("round_to_bf16", src, out, gelu);
  return out;
}

void round_to_bf16__kernel(at::Tensor& x, bool gelu) {
  check_dtype("round_to_bf16_", x);
  run("round_to_bf16_", x, x, gelu);
}

}  // namespace
}  // namespace cpu
}  // namespace tps

TORCH_LIBRARY_IMPL(tps, CPU, m) {
  m.impl("round_to_bf16", &tps::cpu::round_to_bf16_kernel);
  m.impl("round_to_bf16_", &tps::cpu::round_to_bf16__kernel);
}
