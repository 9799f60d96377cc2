using ScopeFn.Core.Graphs;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Variables;
using ScopeFn.Interpreter.Session;

#pragma warning disable CS8981 // lower-case on purpose, as in tf.cs
#pragma warning disable IDE1006

namespace ScopeFn.Api;

public static partial class tf
{
    public static partial class compat
    {
        public static partial class v1
        {
            /// <summary>
            /// <c>tf.compat.v1.Session(graph=None)</c>: a session on <paramref name="graph"/> or on the
            /// calling thread's default graph at construction, as TF binds it. It reads the shell's
            /// current world on each run, so ops added after it was created are runnable; its variable
            /// values are its own.
            /// </summary>
            public static Session Session(Graph? graph = null)
            {
                var runtime = Runtime;
                var id = graph?.Id ?? runtime.Run(DefaultGraph.Current);
                return new Session(() => runtime.World, id);
            }

            /// <summary><c>tf.compat.v1.global_variables_initializer()</c>: the <c>init</c> NoOp grouping every initializer.</summary>
            public static Operation global_variables_initializer() => Runtime.Run(VariableCollections.GlobalVariablesInitializer());
        }
    }
}
