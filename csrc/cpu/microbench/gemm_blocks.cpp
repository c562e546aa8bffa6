// Micro-benchmark of GEMM building blocks on the window-attention shapes (issue #11): the
// kernels' own GCC-vector GEMM (attn_core.h, AVX2 copy), the same register blocking written
// with at::vec::Vectorized, and at::native::cpublas::brgemm (oneDNN micro-kernels, what
// PyTorch's CPU flash attention uses). Not part of the library (setup.py globs csrc/cpu/*.cpp
// and csrc/cpu/isa/*.cpp only); build and run it as a throw-away extension, on an AVX2 CPU:
//
//   python -c "from torch.utils.cpp_extension import load; \
//     m = load('gemm_blocks', ['csrc/cpu/microbench/gemm_blocks.cpp'], \
//              extra_include_paths=['csrc/include'], \
//              extra_cflags=['-O3', '-mavx2', '-mfma', '-DCPU_CAPABILITY_AVX2']); \
//     [print(r) for r in m.run(2000)]"
#include <ATen/cpu/vec/vec.h>
#include <ATen/native/CPUBlas.h>
#include <torch/extension.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <tuple>
#include <vector>

#include "../attn_args.h"

#pragma GCC optimize("fp-contract=fast")
namespace tps {
namespace cpu {
#define TPS_VEC_BYTES 32
#define TPS_VEC_REGS 16
namespace isa_avx2 {
#include "../attn_core.h"
}  // namespace isa_avx2
}  // namespace cpu
}  // namespace tps

namespace {

using Vec = at::vec::Vectorized<float>;

// C[0:M, 0:NV*8] = A[0:M, 0:K] B[0:K, 0:NV*8], 4 x 2 register blocks (as attn_core.h's AVX2
// copy).
template <int CB>
void vec_block(const float* A, int64_t lda, const float* B, int64_t ldb, float* C, int64_t ldc,
               int64_t K) {
  Vec c[4][CB];
  for (int r = 0; r < 4; ++r)
    for (int j = 0; j < CB; ++j) c[r][j] = Vec(0.f);
  for (int64_t k = 0; k < K; ++k) {
    Vec b[CB];
    for (int j = 0; j < CB; ++j) b[j] = Vec::loadu(B + k * ldb + j * Vec::size());
    for (int r = 0; r < 4; ++r) {
      const Vec a(A[r * lda + k]);
      for (int j = 0; j < CB; ++j) c[r][j] = at::vec::fmadd(a, b[j], c[r][j]);
    }
  }
  for (int r = 0; r < 4; ++r)
    for (int j = 0; j < CB; ++j) c[r][j].store(C + r * ldc + j * Vec::size());
}

void vec_gemm(const float* A, int64_t lda, const float* B, int64_t ldb, float* C, int64_t ldc,
              int64_t M, int64_t K, int64_t NV) {
  for (int64_t m = 0; m < M; m += 4) {
    int64_t j = 0;
    for (; j + 2 <= NV; j += 2)
      vec_block<2>(A + m * lda, lda, B + j * 8, ldb, C + m * ldc + j * 8, ldc, K);
    if (j < NV) vec_block<1>(A + m * lda, lda, B + j * 8, ldb, C + m * ldc + j * 8, ldc, K);
  }
}

template <class F>
double best_ns(int reps, const F& f) {  // best of 5 batches of reps calls, per call
  double best = 1e30;
  for (int b = 0; b < 5; ++b) {
    const auto t0 = std::chrono::steady_clock::now();
    for (int r = 0; r < reps; ++r) f();
    const auto t1 = std::chrono::steady_clock::now();
    best = std::min(best, std::chrono::duration<double, std::nano>(t1 - t0).count() / reps);
  }
  return best;
}

// (name, M, K, N): S = q k^T (49 x 32 x 49), O = P v (49 x 49 x 32), head_dim 64 variants.
std::vector<std::tuple<std::string, double, double, double>> run(int64_t reps) {
  const std::vector<std::tuple<std::string, int64_t, int64_t, int64_t>> shapes = {
      {"S = q k^T 49x32x49", 49, 32, 49},
      {"O = P v 49x49x32", 49, 49, 32},
      {"S = q k^T 49x64x49", 49, 64, 49},
      {"O = P v 49x49x64", 49, 49, 64}};
  std::vector<std::tuple<std::string, double, double, double>> out;
  for (const auto& [name, M, K, N] : shapes) {
    const int64_t mp = (M + 3) / 4 * 4, np = (N + 7) / 8 * 8;
    at::Tensor a = at::randn({mp, K}), b = at::randn({K, np});
    at::Tensor c1 = at::zeros({mp, np}), c2 = at::zeros({mp, np}), c3 = at::zeros({M, N});
    const float *A = a.data_ptr<float>(), *Bp = b.data_ptr<float>();
    float *C1 = c1.data_ptr<float>(), *C2 = c2.data_ptr<float>(), *C3 = c3.data_ptr<float>();
    const double t_ours = best_ns(
        (int)reps, [&] { tps::cpu::isa_avx2::gemm<float>(A, K, Bp, np, C1, np, mp, K, np / 8); });
    const double t_vec = best_ns((int)reps, [&] { vec_gemm(A, K, Bp, np, C2, np, mp, K, np / 8); });
    const double t_brgemm = best_ns(
        (int)reps, [&] { at::native::cpublas::brgemm(M, N, K, K, np, N, false, A, Bp, C3); });
    at::native::cpublas::brgemm_release(false);
    // all three agree
    TORCH_CHECK(at::allclose(c1.narrow(0, 0, M).narrow(1, 0, N), c3, 1e-4, 1e-4));
    TORCH_CHECK(at::allclose(c2.narrow(0, 0, M).narrow(1, 0, N), c3, 1e-4, 1e-4));
    const double flops = 2.0 * M * N * K;
    out.emplace_back(name, flops / t_ours, flops / t_vec, flops / t_brgemm);
  }
  return out;
}

}  // namespace

PYBIND11_MODULE(TORCH_EXTENSION_NAME, m) {
  m.def("run", &run, "GFLOP/s (ours, at::vec, brgemm) per window GEMM shape");
}
