#include "check/context.hpp"

namespace raadsstuk::check {

Context::Context(const resolve::Register& r)
    : reg(r), falling(find_falling_documentnummers(r)), statuses(index_statuses(r)) {}

}  // namespace raadsstuk::check
