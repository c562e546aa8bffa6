// Schemas of every tps:: op: the one definition the CPU (csrc/cpu) and CUDA (csrc/cuda)
// kernels register under. Python adds fake kernels and autograd
// (tps_kernels/backends/native.py). See docs/design.md for the argument contract.
#ifndef TPS_NO_PYTHON  // the CMake libtorch build (CMakeLists.txt) has no Python module
#include <Python.h>
#endif
#include <torch/library.h>

#ifndef TPS_NO_PYTHON
extern "C" {
// An importable (empty) Python module, so `import tps_kernels._C` loads this library and
// runs the static registrations below.
PyObject* PyInit__C(void) {
  static struct PyModuleDef module_def = {PyModuleDef_HEAD_INIT, "_C", nullptr, -1, nullptr};
  return PyModule_Create(&module_def);
}
}
#endif  // TPS_NO_PYTHON

// batch_size / num_frames are SymInt so torch.compile(dynamic=True) keeps B and T symbolic
// (an `int` would pin them: one graph per value). The kernels still take int64_t: the
// dispatcher hands them the concrete value; only the fake kernels see symbols.
TORCH_LIBRARY(tps, m) {
  m.def(
      "window_attention_fwd(Tensor qkv, Tensor? bias_table, Tensor? bias_index, "
      "Tensor? frame_shift, Tensor? mask, int num_heads, int[] window, int[] shift, "
      "SymInt batch_size, SymInt num_frames, float scale, float mask_value, "
      "Tensor? kv_time_shift=None, str kv_time_shift_boundary=\"zero\") -> (Tensor, Tensor)");
  m.def(
      "window_attention_bwd(Tensor grad_out, Tensor qkv, Tensor out, Tensor lse, "
      "Tensor? bias_table, Tensor? bias_index, Tensor? frame_shift, Tensor? mask, "
      "int num_heads, int[] window, int[] shift, SymInt batch_size, SymInt num_frames, "
      "float scale, float mask_value, Tensor? kv_time_shift=None, "
      "str kv_time_shift_boundary=\"zero\") "
      "-> (Tensor, Tensor)");
  m.def(
      "patch_shift(Tensor x, Tensor frame_shift, bool inverse, SymInt batch_size, "
      "SymInt num_frames) -> Tensor");
  m.def(
      "channel_shift(Tensor x, int num_heads, int fold_div, SymInt batch_size, "
      "SymInt num_frames, bool backward) -> Tensor");
  // CPU only: bf16 autocast's roundings on CPUs without bf16 GEMMs (tps_kernels/nn/cpu_bf16.py).
  // The in-place form returns nothing, as functionalization (torch.compile) requires.
  m.def("round_to_bf16(Tensor x, bool gelu=False) -> Tensor");
  m.def("round_to_bf16_(Tensor(a!) x, bool gelu=False) -> ()");
}
