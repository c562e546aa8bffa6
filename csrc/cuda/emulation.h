// Host emulation of the small part of the CUDA execution model the kernels in csrc/cuda use,
// so their exact source can be executed on CPU tensors where no GPU exists (CI):
// csrc/cpp_test/cuda_emulation_test.cpp includes the .cu files with TPS_CUDA_EMULATION
// defined and compares the results with the CPU kernels.
//
// Blocks run one after another; the threads of a block are fibers (ucontext) on one OS
// thread, switched round-robin at every __syncthreads(), so a missing barrier (a fiber
// reading shared memory another has not written yet) shows up as a wrong result and a
// barrier reached by only part of the block is reported. __shared__ variables become
// function statics (shared by the block's threads). Warp shuffles exchange through a
// block-wide buffer between two barriers: valid because every kernel here calls them with
// uniform control flow across the block. One OS thread: cheap on a shared CI machine.
// Not modeled: warp divergence/independent scheduling, memory coalescing, alignment faults,
// occupancy, shared-memory size limits (checked by ptxas in tools/cuda_resource_report.py).
#pragma once
#ifndef TPS_CUDA_EMULATION
#error "emulation.h is only for TPS_CUDA_EMULATION builds"
#endif

#include <ucontext.h>

#include <cstdint>
#include <cstring>
#include <functional>
#include <stdexcept>
#include <type_traits>
#include <vector>

#define __global__
#define __device__
#define __host__
#define __forceinline__ inline
#define __launch_bounds__(...)
#define __shared__ static
#define __align__(n) alignas(n)
#define TPS_DYN_SMEM(name) alignas(16) static unsigned char name[64 * 1024]

struct dim3 {
  unsigned x, y, z;
  dim3(unsigned x_ = 1, unsigned y_ = 1, unsigned z_ = 1) : x(x_), y(y_), z(z_) {}
};
struct uint4 {
  unsigned x, y, z, w;
};
using cudaStream_t = void*;

namespace tps {
namespace emu {
inline dim3 thread_idx, block_idx, block_dim, grid_dim;
inline double exchange[1024];

struct Fiber {
  ucontext_t ctx;
  std::vector<char> stack;
  bool done = false;
};
inline ucontext_t scheduler;
inline std::vector<Fiber> fibers;
inline unsigned current = 0;
inline std::function<void()> body;  // the kernel call of the running block

inline void fiber_entry() {
  body();
  fibers[current].done = true;  // returning resumes uc_link (the scheduler)
}

inline void sync() { swapcontext(&fibers[current].ctx, &scheduler); }
}  // namespace emu
}  // namespace tps

#define threadIdx (::tps::emu::thread_idx)
#define blockIdx (::tps::emu::block_idx)
#define blockDim (::tps::emu::block_dim)
#define gridDim (::tps::emu::grid_dim)

inline void __syncthreads() { tps::emu::sync(); }

template <typename T>
inline T __ldg(const T* p) {
  return *p;
}

template <typename T>
inline T __shfl_xor_sync(unsigned, T v, int lane_mask) {
  static_assert(std::is_arithmetic<T>::value && sizeof(T) <= 8, "emulated shuffle type");
  const unsigned tid = threadIdx.x;
  tps::emu::exchange[tid] = static_cast<double>(v);  // exact for float and double
  __syncthreads();
  const T r = static_cast<T>(tps::emu::exchange[tid ^ (unsigned)lane_mask]);
  __syncthreads();
  return r;
}

namespace tps {
namespace emu {

// kernel<<<grid, block>>>(args...): every block in turn; its blockDim.x threads are fibers
// run round-robin, each until its next __syncthreads() (or its end).
template <typename Kernel, typename... Args>
void launch(Kernel kernel, dim3 grid, dim3 block, Args... args) {
  if (block.x > 1024 || block.y != 1 || block.z != 1)
    throw std::runtime_error("emulated launch: only 1-D blocks of <= 1024 threads");
  grid_dim = grid;
  block_dim = block;
  constexpr size_t kStack = 256 * 1024;
  fibers.resize(block.x);
  body = [=] { kernel(args...); };
  for (unsigned bz = 0; bz < grid.z; ++bz)
    for (unsigned by = 0; by < grid.y; ++by)
      for (unsigned bx = 0; bx < grid.x; ++bx) {
        block_idx = dim3(bx, by, bz);
        for (unsigned t = 0; t < block.x; ++t) {
          Fiber& f = fibers[t];
          f.stack.resize(kStack);
          f.done = false;
          getcontext(&f.ctx);
          f.ctx.uc_stack.ss_sp = f.stack.data();
          f.ctx.uc_stack.ss_size = kStack;
          f.ctx.uc_link = &scheduler;
          makecontext(&f.ctx, fiber_entry, 0);
        }
        for (;;) {  // one round = every live thread runs to its next barrier or its end
          unsigned finished = 0, waiting = 0;
          for (unsigned t = 0; t < block.x; ++t) {
            if (fibers[t].done) continue;
            current = t;
            thread_idx = dim3(t, 0, 0);
            swapcontext(&scheduler, &fibers[t].ctx);
            if (fibers[t].done)
              ++finished;
            else
              ++waiting;
          }
          if (waiting == 0) break;
          if (finished != 0)
            throw std::runtime_error(
                "emulated launch: __syncthreads() reached by only part "
                "of the block");
        }
      }
}

}  // namespace emu
}  // namespace tps

// WMMA at the matrix level: every thread of the warp holds the whole 16x16 tile (the
// kernels only use fragments through load/mma/store/fill, never their element layout).
namespace nvcuda {
namespace wmma {
struct matrix_a {};
struct matrix_b {};
struct accumulator {};
struct row_major {};
struct col_major {};
enum layout_t { mem_row_major, mem_col_major };

template <typename Use, int M, int N, int K, typename T, typename Layout = void>
struct fragment {
  float v[16][16];
};

template <typename Use, typename T, typename Layout>
inline void fill_fragment(fragment<Use, 16, 16, 16, T, Layout>& f, float x) {
  for (auto& row : f.v)
    for (float& e : row) e = x;
}

// a: v[m][k], b: v[k][n]; row_major: element (r, c) at p[r * ldm + c], col_major: p[r + c * ldm]
template <typename Use, typename T, typename Layout, typename P>
inline void load_matrix_sync(fragment<Use, 16, 16, 16, T, Layout>& f, const P* p, unsigned ldm) {
  for (int r = 0; r < 16; ++r)
    for (int c = 0; c < 16; ++c)
      f.v[r][c] = static_cast<float>(std::is_same<Layout, col_major>::value ? p[r + c * ldm]
                                                                            : p[r * ldm + c]);
}

template <typename T, typename LA, typename LB>
inline void mma_sync(fragment<accumulator, 16, 16, 16, float>& d,
                     const fragment<matrix_a, 16, 16, 16, T, LA>& a,
                     const fragment<matrix_b, 16, 16, 16, T, LB>& b,
                     const fragment<accumulator, 16, 16, 16, float>& c) {
  float r[16][16];
  for (int m = 0; m < 16; ++m)
    for (int n = 0; n < 16; ++n) {
      float s = c.v[m][n];
      for (int k = 0; k < 16; ++k) s += a.v[m][k] * b.v[k][n];
      r[m][n] = s;
    }
  std::memcpy(d.v, r, sizeof(r));
}

inline void store_matrix_sync(float* p, const fragment<accumulator, 16, 16, 16, float>& f,
                              unsigned ldm, layout_t layout) {
  for (int r = 0; r < 16; ++r)
    for (int c = 0; c < 16; ++c)
      (layout == mem_col_major ? p[r + c * ldm] : p[r * ldm + c]) = f.v[r][c];
}
}  // namespace wmma
}  // namespace nvcuda

#define TPS_LAUNCH(kernel, grid, block, smem, stream, ...) \
  ::tps::emu::launch(kernel, grid, block, __VA_ARGS__)
#define C10_CUDA_KERNEL_LAUNCH_CHECK() ((void)0)
