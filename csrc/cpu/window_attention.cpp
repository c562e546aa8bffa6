// CPU implementation of tps::window_attention_fwd / _bwd: argument checks (op_args.h),
// small per-call tables (bias gathered once per (plane, head) into padded rows, mask
// padded), then one parallel loop over (window, head) work items running the compute
// kernels of csrc/cpu/isa/*.cpp for this CPU's ISA.
#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <torch/library.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include "attn_args.h"
#include "flush_denormals.h"
#include "isa/isa.h"
#include "tps/index.h"
#include "tps/op_args.h"

namespace tps {
namespace cpu {
namespace {

// Windows per backward chunk. A constant (never the thread count), so the per-chunk bias
// gradient partials and their fixed-order reduction give bitwise identical results for
// any number of threads.
constexpr int64_t kChunk = 16;

// Precompute padded bias rows only when each (plane, head) serves at least this many
// windows (PST-T stage 4 has one window per plane: gathering in-kernel is cheaper).
constexpr int64_t kMinBiasReuse = 4;

int in_type(at::ScalarType t) {
  switch (t) {
    case at::kFloat:
      return kF32;
    case at::kDouble:
      return kF64;
    case at::kBFloat16:
      return kBF16;
    case at::kHalf:
      return kF16;
    default:
      TORCH_CHECK(false, "qkv must be float16/bfloat16/float32/float64, got ", t);
  }
  return kF32;
}

struct Prepared {
  CpuAttnArgs a{};
  const KernelSet* ks = nullptr;
  int in = 0;
  size_t ws_bytes = 0;
  at::Tensor bm, mask, table, index32;  // keep the tables alive for the kernel
  // backward with bias: the slot of each (plane, i, j); each plane's slots' table rows, -1 pad
  std::vector<int32_t> bias_slot, slot_rows;
  std::vector<int64_t> kv_offsets, kv_head_runs;
  std::vector<KvRun> kv_runs;
};

// kv_time_shift (C,) -> its distinct offsets and, per head, the runs of channels of equal
// offset (X-ViT: a few runs per head; any map works, one run per channel at worst).
void prepare_kv_time_shift(Prepared& p, const int32_t* d) {
  CpuAttnArgs& a = p.a;
  for (int64_t h = 0; h < a.num_heads; ++h) {
    p.kv_head_runs.push_back((int64_t)p.kv_runs.size());
    for (int64_t x = 0; x < a.head_dim; ++x) {
      const int64_t off = d[h * a.head_dim + x];
      int32_t o = 0;
      while (o < (int32_t)p.kv_offsets.size() && p.kv_offsets[o] != off) ++o;
      if (o == (int32_t)p.kv_offsets.size()) p.kv_offsets.push_back(off);
      const bool extends = p.kv_runs.size() > (size_t)p.kv_head_runs.back() &&
                           p.kv_runs.back().offset == o && p.kv_runs.back().end == x;
      if (extends) {
        ++p.kv_runs.back().end;
      } else {
        p.kv_runs.push_back(KvRun{(int32_t)x, (int32_t)x + 1, o});
      }
    }
  }
  p.kv_head_runs.push_back((int64_t)p.kv_runs.size());
  a.kv_offsets = p.kv_offsets.data();
  a.kv_num_offsets = (int64_t)p.kv_offsets.size();
  a.kv_runs = p.kv_runs.data();
  a.kv_head_runs = p.kv_head_runs.data();
}

// Backward: the distinct rows each bias_index plane uses ("slots", in order of first use)
// and the slot of every (i, j), for the kernels' per-chunk fold (attn_core.h fold_dbias).
void prepare_bias_slots(Prepared& p, const at::Tensor& idx, int64_t rows) {
  CpuAttnArgs& a = p.a;
  const int64_t planes = idx.size(0), nn = idx.size(1) * idx.size(2);
  p.bias_slot.resize(planes * nn);
  int32_t* slot = p.bias_slot.data();
  const int64_t* ip = idx.data_ptr<int64_t>();
  std::vector<int32_t> slot_of(rows, -1);
  std::vector<std::vector<int32_t>> used(planes);
  for (int64_t b = 0; b < planes; ++b) {
    for (int64_t k = 0; k < nn; ++k) {
      const int64_t r = ip[b * nn + k];
      if (slot_of[r] < 0) {
        slot_of[r] = (int32_t)used[b].size();
        used[b].push_back((int32_t)r);
      }
      slot[b * nn + k] = slot_of[r];
    }
    for (int32_t r : used[b]) slot_of[r] = -1;
  }
  a.bias_slots = 0;
  for (const auto& u : used) a.bias_slots = std::max(a.bias_slots, (int64_t)u.size());
  p.slot_rows.assign(planes * a.bias_slots, -1);
  for (int64_t b = 0; b < planes; ++b)
    std::copy(used[b].begin(), used[b].end(), p.slot_rows.begin() + b * a.bias_slots);
  a.bias_slot = slot;
}

// A (count, n, np) table of opts' dtype (compute type, or int32): fill(b, dst) writes block b's n x
// n values (row i at dst + i * np), the np - n pad columns of every row get pad. One pass over the
// output, in parallel over blocks (a gather + permute + copy into a pre-filled tensor were three).
template <class F>
at::Tensor padded_rows(int64_t count, int64_t n, int64_t np, double pad,
                       const at::TensorOptions& opts, const F& fill) {
  at::Tensor out = at::empty({count, n, np}, opts);
  AT_DISPATCH_FLOATING_TYPES_AND(at::kInt, out.scalar_type(), "padded_rows", [&] {
    scalar_t* base = out.data_ptr<scalar_t>();
    at::parallel_for(0, count, 1, [&](int64_t b, int64_t e) {
      for (; b < e; ++b) {
        scalar_t* dst = base + b * n * np;
        fill(b, dst);
        for (int64_t i = 0; i < n; ++i)
          for (int64_t j = n; j < np; ++j) dst[i * np + j] = (scalar_t)pad;
      }
    });
  });
  return out;
}

Prepared prepare(const at::Tensor& qkv, const c10::optional<at::Tensor>& bias_table,
                 const c10::optional<at::Tensor>& bias_index,
                 const c10::optional<at::Tensor>& frame_shift,
                 const c10::optional<at::Tensor>& mask, int64_t num_heads, at::IntArrayRef window,
                 at::IntArrayRef shift, int64_t batch_size, int64_t num_frames, double scale,
                 double mask_value, const c10::optional<at::Tensor>& kv_time_shift,
                 c10::string_view kv_time_shift_boundary, bool backward) {
  Prepared p;
  CpuAttnArgs& a = p.a;
  a.g = attention_geometry(qkv, bias_table, bias_index, frame_shift, mask, num_heads, window, shift,
                           batch_size, num_frames);
  a.kv_time_shift_boundary =
      kv_time_shift_boundary_code(kv_time_shift, kv_time_shift_boundary, qkv);
  a.kv_time_shift = kv_time_shift.has_value() ? kv_time_shift->data_ptr<int32_t>() : nullptr;
  TORCH_CHECK(qkv.device().is_cpu(), "the cpu backend needs CPU tensors, got qkv on ",
              qkv.device());
  a.num_heads = num_heads;
  a.head_dim = qkv.size(-1) / 3 / num_heads;
  if (a.has_kv_time_shift()) prepare_kv_time_shift(p, a.kv_time_shift);
  a.scale = scale;
  a.mask_value = mask_value;
  a.frame_shift = frame_shift.has_value() ? frame_shift->data_ptr<int32_t>() : nullptr;
  p.ks = &select_kernels();
  p.in = in_type(qkv.scalar_type());
  p.ks->prepare[p.in](a, backward);  // this ISA's padded sizes np, nr, dp

  const int64_t n = a.g.n_slots, np = a.np, h = num_heads;
  const auto acc = p.in == kF64 ? at::kDouble : at::kFloat;
  const auto opts = qkv.options().dtype(acc);
  const double ninf = -std::numeric_limits<double>::infinity();
  if (bias_table.has_value()) {
    const at::Tensor& idx = *bias_index;
    const int64_t rows = bias_table->size(0);
    const int64_t lo = idx.min().item<int64_t>(), hi = idx.max().item<int64_t>();
    TORCH_CHECK(lo >= 0 && hi < rows, "bias_index values must lie in [0, ", rows,
                ") (bias_table rows), got [", lo, ", ", hi, "]");
    const int64_t num_bias_planes = idx.size(0);
    a.num_bias_planes = num_bias_planes;
    a.bias_index = idx.data_ptr<int64_t>();
    if (backward) prepare_bias_slots(p, idx, rows);
    // the table + a row of -inf for the padded keys; the index as int32 rows padded to np
    TORCH_CHECK(rows < std::numeric_limits<int32_t>::max(), "bias_table has too many rows");
    p.table = at::cat({bias_table->to(acc), at::full({1, h}, ninf, opts)}, 0);
    a.bias_table = p.table.data_ptr();
    p.index32 = padded_rows(num_bias_planes, n, np, (double)rows, opts.dtype(at::kInt),
                            [&](int64_t b, auto* dst) {
                              using D = std::remove_pointer_t<decltype(dst)>;
                              const int64_t* ip = a.bias_index + b * n * n;
                              for (int64_t i = 0; i < n; ++i)
                                for (int64_t j = 0; j < n; ++j) dst[i * np + j] = (D)ip[i * n + j];
                            });
    a.bias_gather_index = p.index32.data_ptr<int32_t>();
    if (a.g.n_windows / num_bias_planes >= kMinBiasReuse) {
      // padded bias rows per (plane, head), shared by many windows, built here by the kernels'
      // register tiles: vector adds in-kernel; else each window builds its own (window_bias)
      p.bm = at::empty({num_bias_planes, h, n, np}, opts);
      const auto bias_rows = p.ks->bias_rows[p.in];
      void* bm = p.bm.data_ptr();
      at::parallel_for(0, num_bias_planes, 1,
                       [&](int64_t b, int64_t e) { bias_rows(a, b, e, bm); });
      a.bm_plane_stride = h * n * np;
      a.bm_head_stride = n * np;
      a.bias_gather_index = nullptr;
    }
  } else {
    p.bm = at::full({1, 1, n, np}, ninf, opts);
    p.bm.narrow(3, 0, n).zero_();
    a.num_bias_planes = 1;
    a.bm_plane_stride = 0;
    a.bm_head_stride = 0;
  }
  a.bm = p.bm.defined() ? p.bm.data_ptr() : nullptr;
  if (mask.has_value()) {
    const at::Tensor m = mask->to(acc).contiguous();
    // rows already a whole number of vectors (e.g. Video-Swin's 392): the mask as it is
    p.mask = np == n ? m : padded_rows(mask->size(0), n, np, 0.0, opts, [&](int64_t w, auto* dst) {
      const auto* src = m.data_ptr<std::remove_pointer_t<decltype(dst)>>() + w * n * n;
      for (int64_t i = 0; i < n; ++i)
        for (int64_t j = 0; j < n; ++j) dst[i * np + j] = src[i * n + j];
    });
    a.mask = p.mask.data_ptr();
    a.num_mask_windows = mask->size(0);
  } else {
    a.mask = nullptr;
    a.num_mask_windows = 1;
  }
  p.ws_bytes = p.ks->prepare[p.in](a, backward);  // after the tables: window_bias' buffer
  return p;
}

// Runs kernel(args, begin, end, workspace) over [0, items) on torch's intra-op threads;
// one zeroed workspace per thread chunk (never per item); denormals flushed meanwhile.
template <class F>
void run_items(int64_t items, size_t ws_bytes, const F& kernel) {
  at::parallel_for(0, items, 1, [&](int64_t begin, int64_t end) {
    FlushDenormals ftz;
    std::unique_ptr<char[]> ws(new char[ws_bytes]());
    kernel(begin, end, ws.get());
  });
}

std::tuple<at::Tensor, at::Tensor> window_attention_fwd_kernel(
    const at::Tensor& qkv, const c10::optional<at::Tensor>& bias_table,
    const c10::optional<at::Tensor>& bias_index, const c10::optional<at::Tensor>& frame_shift,
    const c10::optional<at::Tensor>& mask, int64_t num_heads, at::IntArrayRef window,
    at::IntArrayRef shift, int64_t batch_size, int64_t num_frames, double scale, double mask_value,
    const c10::optional<at::Tensor>& kv_time_shift, c10::string_view kv_time_shift_boundary) {
  Prepared p =
      prepare(qkv, bias_table, bias_index, frame_shift, mask, num_heads, window, shift, batch_size,
              num_frames, scale, mask_value, kv_time_shift, kv_time_shift_boundary, false);
  CpuAttnArgs& a = p.a;
  auto [out, lse] = new_forward_outputs(qkv, a.g, num_heads);
  a.qkv = qkv.data_ptr();
  a.out = out.data_ptr();
  a.lse = lse.data_ptr<float>();
  const auto fn = p.ks->fwd[p.in];
  run_items(a.g.n_windows, p.ws_bytes, [&](int64_t b, int64_t e, void* ws) { fn(a, b, e, ws); });
  return {out, lse};
}

std::tuple<at::Tensor, at::Tensor> window_attention_bwd_kernel(
    const at::Tensor& grad_out, const at::Tensor& qkv, const at::Tensor& out, const at::Tensor& lse,
    const c10::optional<at::Tensor>& bias_table, const c10::optional<at::Tensor>& bias_index,
    const c10::optional<at::Tensor>& frame_shift, const c10::optional<at::Tensor>& mask,
    int64_t num_heads, at::IntArrayRef window, at::IntArrayRef shift, int64_t batch_size,
    int64_t num_frames, double scale, double mask_value,
    const c10::optional<at::Tensor>& kv_time_shift, c10::string_view kv_time_shift_boundary) {
  Prepared p =
      prepare(qkv, bias_table, bias_index, frame_shift, mask, num_heads, window, shift, batch_size,
              num_frames, scale, mask_value, kv_time_shift, kv_time_shift_boundary, true);
  CpuAttnArgs& a = p.a;
  check_backward_tensors(grad_out, qkv, out, lse, a.g, num_heads);
  const int64_t h = num_heads;
  const int64_t per_group = a.g.n_y * a.g.n_x;
  a.chunk = kChunk;
  a.chunks_per_group = (per_group + kChunk - 1) / kChunk;
  a.n_chunks = a.g.batch * a.g.n_t * a.chunks_per_group;
  at::Tensor grad_qkv = new_output(qkv.sizes(), qkv.options());
  const auto acc = p.in == kF64 ? at::kDouble : at::kFloat;
  at::Tensor partial;
  if (bias_table.has_value()) {
    partial = at::empty({a.n_chunks, a.bias_slots, h}, qkv.options().dtype(acc));
    a.dbias_partial = partial.data_ptr();
  } else {
    a.dbias_partial = nullptr;
  }
  a.qkv = qkv.data_ptr();
  a.grad_out = grad_out.data_ptr();
  a.lse_in = lse.data_ptr<float>();
  a.grad_qkv = grad_qkv.data_ptr();
  // kv_time_shift: the kernel scatters the shifted k / v gradients to the rows they were
  // read from (zero, cyclic: one reader per element), or, with the self boundary (edge
  // rows read twice), writes them to grad_kv (compute type) for kv_grad to sum; kv_grad
  // also zeroes what nobody read (zero boundary). Cyclic needs no second pass.
  const int64_t qkv_rows = qkv.numel() / qkv.size(-1);
  at::Tensor grad_kv;
  if (a.has_kv_time_shift() && a.kv_time_shift_boundary == kKvSelf) {
    grad_kv = new_output({qkv_rows, 2 * h * a.head_dim}, qkv.options().dtype(acc));  // NaN in tests
    a.grad_kv = grad_kv.data_ptr();
  } else {
    a.grad_kv = nullptr;
  }
  const auto fn = p.ks->bwd[p.in];
  run_items(a.n_chunks, p.ws_bytes, [&](int64_t b, int64_t e, void* ws) { fn(a, b, e, ws); });
  if (a.has_kv_time_shift() && a.kv_time_shift_boundary != kKvCyclic) {
    const auto kv_grad = p.ks->kv_grad[p.in];
    run_items(qkv_rows, 3 * a.kv_num_offsets * sizeof(int64_t),
              [&](int64_t b, int64_t e, void* ws) { kv_grad(a, b, e, ws); });
  }

  if (!bias_table.has_value()) {
    return {grad_qkv, at::empty({0}, qkv.options().dtype(acc))};
  }
  // dTable[row, head] = sum over chunks, in order, of the chunk's slot of that row (each
  // slot: its (i, j) in order, fold_dbias): a fixed summation order for each table element
  // (no atomics, thread-count independent), accumulated in the compute type. Threads take
  // ranges of heads; each slot adds a contiguous part of its table row.
  const int64_t rows = bias_table->size(0);
  at::Tensor gt_acc = at::zeros({rows, h}, qkv.options().dtype(acc));
  AT_DISPATCH_FLOATING_TYPES(acc, "window_attention_bwd_table", [&] {
    const scalar_t* part = partial.data_ptr<scalar_t>();
    scalar_t* gt = gt_acc.data_ptr<scalar_t>();
    at::parallel_for(0, h, 1, [&](int64_t hb, int64_t he) {
      for (int64_t c = 0; c < a.n_chunks; ++c) {
        const int64_t plane = a.bias_plane(a.chunk_first_window(c));
        const int32_t* slot_rows = p.slot_rows.data() + plane * a.bias_slots;
        const scalar_t* src = part + c * a.bias_slots * h;
        for (int64_t k = 0; k < a.bias_slots && slot_rows[k] >= 0; ++k) {
          scalar_t* dst = gt + slot_rows[k] * h;
          const scalar_t* s = src + k * h;
          for (int64_t head = hb; head < he; ++head) dst[head] += s[head];
        }
      }
    });
  });
  // float32 (float64 for float64 inputs, so gradcheck sees the exact gradient)
  return {grad_qkv, gt_acc};
}

}  // namespace

// The first ISA of the table (isa/isa.h) this CPU runs; TPS_CPU_ISA=<name> picks another
// one (tests use it to run the fallback paths on a bigger CPU).
const KernelSet& select_kernels() {
  const char* want = std::getenv("TPS_CPU_ISA");
  if (want != nullptr && *want != '\0') {
    std::string names;
    for (const Isa* isa : kIsas) {
      if (std::strcmp(isa->name, want) == 0) {
        TORCH_CHECK(isa->supported(), "TPS_CPU_ISA=", want, " but this CPU lacks ", isa->needs);
        return isa->kernels();
      }
      names += names.empty() ? isa->name : std::string(", ") + isa->name;
    }
    TORCH_CHECK(false, "TPS_CPU_ISA must be one of ", names, ", got ", want);
  }
  for (const Isa* isa : kIsas)
    if (isa->supported()) return isa->kernels();
  TORCH_CHECK(false, "no CPU kernel set supports this CPU");  // generic always does
}

// Which ISA the CPU kernels run with on this machine (for benchmarks / reports).
std::string cpu_isa() { return select_kernels().isa; }

}  // namespace cpu
}  // namespace tps

TORCH_LIBRARY_IMPL(tps, CPU, m) {
  m.impl("window_attention_fwd", &tps::cpu::window_attention_fwd_kernel);
  m.impl("window_attention_bwd", &tps::cpu::window_attention_bwd_kernel);
}
