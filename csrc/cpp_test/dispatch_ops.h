// Typed handles of the tps:: ops through the dispatcher, shared by the C++ test programs
// (their signatures mirror the schemas in csrc/ops.cpp).
#pragma once
#include <ATen/ATen.h>
#include <ATen/core/dispatch/Dispatcher.h>

#include <optional>
#include <tuple>

namespace tps_test {

using OptT = std::optional<at::Tensor>;
using FwdSig = std::tuple<at::Tensor, at::Tensor>(const at::Tensor&, const OptT&, const OptT&,
                                                  const OptT&, const OptT&, int64_t,
                                                  c10::ArrayRef<int64_t>, c10::ArrayRef<int64_t>,
                                                  int64_t, int64_t, double, double, const OptT&,
                                                  c10::string_view);
using BwdSig = std::tuple<at::Tensor, at::Tensor>(const at::Tensor&, const at::Tensor&,
                                                  const at::Tensor&, const at::Tensor&, const OptT&,
                                                  const OptT&, const OptT&, const OptT&, int64_t,
                                                  c10::ArrayRef<int64_t>, c10::ArrayRef<int64_t>,
                                                  int64_t, int64_t, double, double, const OptT&,
                                                  c10::string_view);
using PatchSig = at::Tensor(const at::Tensor&, const at::Tensor&, bool, int64_t, int64_t);
using ChanSig = at::Tensor(const at::Tensor&, int64_t, int64_t, int64_t, int64_t, bool);

template <typename Sig>
c10::TypedOperatorHandle<Sig> op(const char* name) {
  return c10::Dispatcher::singleton().findSchemaOrThrow(name, "").typed<Sig>();
}

}  // namespace tps_test
