// Shared helpers of the CUDA kernels (csrc/cuda/*.cu): CUDA-side checks, stream/SM queries
// and small device utilities. Index math itself lives only
// in csrc/include/tps/index.h.
#pragma once
#include <ATen/ATen.h>
#include <ATen/OpMathType.h>
#ifdef TPS_CUDA_EMULATION
#include "emulation.h"  // run these kernels on CPU tensors (csrc/cpp_test)
#else
#include <c10/cuda/CUDAException.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#define TPS_LAUNCH(kernel, grid, block, smem, stream, ...) \
  kernel<<<grid, block, smem, stream>>>(__VA_ARGS__)
#define TPS_DYN_SMEM(name) extern __shared__ __align__(16) unsigned char name[]
#endif

#include <cstdlib>
#include <cstring>
#include <limits>
#include <optional>

#include "tps/index.h"
#include "tps/op_args.h"

namespace tps {
namespace cuda {

// ---------------------------------------------------------------- host helpers
// Argument checks, Geometry construction and poisoned outputs come from tps/op_args.h
// (shared with the CPU kernels); only CUDA-specific checks live here.

inline void check_cuda(const at::Tensor& t, const char* name, const at::Tensor& like,
                       const char* like_name = "qkv") {
#ifndef TPS_CUDA_EMULATION
  TORCH_CHECK(t.is_cuda(), "tps (cuda): ", name, " must be a CUDA tensor, got ", t.device());
#endif
  TORCH_CHECK(t.device() == like.device(), "tps (cuda): ", name, " is on ", t.device(), " but ",
              like_name, " is on ", like.device());
}

inline int64_t ceil_div(int64_t a, int64_t b) { return (a + b - 1) / b; }

#ifdef TPS_CUDA_EMULATION
struct DeviceGuard {
  explicit DeviceGuard(at::Device) {}
};
inline cudaStream_t current_stream() { return nullptr; }
inline int sm_count() { return 4; }
inline int compute_capability_major() { return 8; }
#else
using DeviceGuard = c10::cuda::CUDAGuard;

// Current stream / SM count through c10 and the runtime only: ATen/cuda/CUDAContext.h would
// pull in cuBLAS/cuSPARSE headers, which minimal CUDA toolkits (CI) do not ship.
inline cudaStream_t current_stream() { return c10::cuda::getCurrentCUDAStream().stream(); }

inline int sm_count() {
  int dev = 0, n = 0;
  C10_CUDA_CHECK(cudaGetDevice(&dev));
  C10_CUDA_CHECK(cudaDeviceGetAttribute(&n, cudaDevAttrMultiProcessorCount, dev));
  return n;
}

inline int compute_capability_major() {
  int dev = 0, major = 0;
  C10_CUDA_CHECK(cudaGetDevice(&dev));
  C10_CUDA_CHECK(cudaDeviceGetAttribute(&major, cudaDevAttrComputeCapabilityMajor, dev));
  return major;
}
#endif

// ---------------------------------------------------------------- device helpers

template <typename A>
__device__ __forceinline__ A dev_exp(A x);
template <>
__device__ __forceinline__ float dev_exp<float>(float x) {
  return expf(x);
}
template <>
__device__ __forceinline__ double dev_exp<double>(double x) {
  return exp(x);
}

template <typename A>
__device__ __forceinline__ A dev_log(A x);
template <>
__device__ __forceinline__ float dev_log<float>(float x) {
  return logf(x);
}
template <>
__device__ __forceinline__ double dev_log<double>(double x) {
  return log(x);
}

// Sum over the G consecutive lanes that share one row (G = 1, 2, 4; all lanes take part).
template <int G, typename A>
__device__ __forceinline__ A group_sum(A v) {
#pragma unroll
  for (int off = G / 2; off > 0; off >>= 1) v += __shfl_xor_sync(0xffffffffu, v, off);
  return v;
}

}  // namespace cuda
}  // namespace tps
