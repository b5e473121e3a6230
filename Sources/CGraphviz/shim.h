#ifndef EVENTGRAPH_CGRAPHVIZ_SHIM_H
#define EVENTGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#endif
