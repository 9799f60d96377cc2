using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Types;
using ScopeFn.Core.Variables;
using ScopeFn.Core.Worlds;
using ScopeFn.Script.Runtime;
using ScopeFn.Script.Syntax;

namespace ScopeFn.Script.Tf;

/// <summary>Python classes of the tf module, named and placed as TensorFlow's are.</summary>
internal static class TfTypes
{
    public static readonly PyType Tensor = new("SymbolicTensor", BuiltinTypes.Object, "tensorflow.python.framework.tensor");
    public static readonly PyType Operation = new("Operation", BuiltinTypes.Object, "tensorflow.python.framework.ops");
    public static readonly PyType Graph = new("Graph", BuiltinTypes.Object, "tensorflow.python.framework.ops");
    public static readonly PyType DType = new("DType", BuiltinTypes.Object, "tensorflow.python.framework.dtypes");
    // tf.TensorShape(dims): a list/tuple (None entries unknown), None (unknown rank), an int (one dimension) or a TensorShape.
    public static readonly PyType TensorShape = new("TensorShape", BuiltinTypes.Object, "tensorflow.python.framework.tensor_shape",
        a => a.Count != 1 ? throw PyErrors.TypeError($"TensorShape() takes 1 positional argument but {a.Count} were given")
            : a[0] is ShapeObject s ? new ShapeObject(s.Shape)
            : new ShapeObject(Convert.OptionalShape(a[0]) ?? ScopeFn.Core.Types.TensorShape.Unknown));
    public static readonly PyType Variable = new("RefVariable", BuiltinTypes.Object, "tensorflow.python.ops.variables");
    public static readonly PyType ResourceVariable = new("ResourceVariable", BuiltinTypes.Object, "tensorflow.python.ops.resource_variable_ops");
    public static readonly PyType UnreadVariable = new("_UnreadVariable", BuiltinTypes.Object, "tensorflow.python.ops.resource_variable_ops");
    public static readonly PyType VariableScope = new("VariableScope", BuiltinTypes.Object, "tensorflow.python.ops.variable_scope");
    public static readonly PyType ContextManager = new("_GeneratorContextManager", BuiltinTypes.Object, "contextlib");
}

/// <summary>A graph tensor: <c>.name</c>, <c>.op</c>, <c>.shape</c>, <c>.dtype</c>, <c>.graph</c>; operators build ops; == is identity.</summary>
internal sealed class TensorObject(TfProcess process, Tensor tensor) : PyObject
{
    public Tensor Tensor => tensor;
    private bool Eager => ScopeFn.Core.Eager.EagerContext.IsEager(tensor);
    public override PyType Type => Eager ? EagerTensors.Type : TfTypes.Tensor;

    public override PyObject? GetAttribute(string name) => Eager ? EagerTensors.Attribute(process, tensor, name) : name switch
    {
        "name" => new PyStr(tensor.Name),
        "op" => process.Op(process.World.Graph(tensor.Graph).Op(tensor.OpId)),
        "shape" => new ShapeObject(tensor.Shape),
        "dtype" => RefTensors.IsRef(process.World.Graph(tensor.Graph), tensor) ? RefDTypeObject.Of(tensor.DType) : DTypeObject.Of(tensor.DType),
        "graph" => process.Graph(tensor.Graph),
        "value_index" => PyInt.Of(tensor.Index),
        "device" => new PyStr(process.World.Graph(tensor.Graph).Op(tensor.OpId).Device),
        "get_shape" => new PyBuiltinFunction("get_shape", _ => new ShapeObject(tensor.Shape)),
        _ => null,
    };

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other) =>
        OperatorName(op) is { } name ? process.Tensor(process.Build(MathOps.Operator(name, tensor, Convert.ToInput(other)), name)) : null;

    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        OperatorName(op) is { } name ? process.Tensor(process.Build(MathOps.ReflectedOperator(name, tensor, Convert.ToInput(other)), name)) : null;

    public override PyObject? UnaryOp(UnaryOperator op) =>
        op == UnaryOperator.Negate ? process.Tensor(process.Build(MathOps.Negative(tensor), "neg")) : null;

    public override PyObject? Compare(CompareOperator op, PyObject other) => EagerCompare.Tensor(process, tensor, op, other) ?? op switch
    {
        // Graph tensors compare by identity (Tensor.__eq__ outside eager execution).
        CompareOperator.Equal => PyBool.Of(other is TensorObject t && t.Tensor == tensor),
        CompareOperator.NotEqual => PyBool.Of(!(other is TensorObject t2 && t2.Tensor == tensor)),
        _ => null,
    };

    public override long Hash() => Eager
        ? throw PyErrors.TypeError("Tensor is unhashable. Instead, use tensor.ref() as the key.")
        : base.Hash(); // ops.py Tensor.__hash__: id(self); TfProcess keeps one object per tensor.

    public override bool IsTrue() => !Eager || EagerTensors.IsTrue(process, tensor);

    public override PyObject GetItem(PyObject key) => TensorIndexing.GetItem(process, tensor, key);

    // ops.py: an EagerTensor's len is its first dimension; a symbolic Tensor has none.
    public override long? Length => Eager
        ? EagerTensors.Length(tensor)
        : throw PyErrors.TypeError($"len is not well defined for a symbolic Tensor ({tensor.Name}). Please call `x.shape` rather than `len(x)` for shape information.");

    public override IEnumerator<PyObject>? Iterate() => Eager ? EagerTensors.Iterate(process, tensor) : null;
    public override PyFloat? ToFloat() => Eager ? EagerTensors.ToFloat(process, tensor) : null;
    public override PyInt? ToInt() => Eager ? EagerTensors.ToInt(process, tensor) : null;

    private static string? OperatorName(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "add",
        BinaryOperator.Subtract => "sub",
        BinaryOperator.Multiply => "mul",
        BinaryOperator.Divide => "truediv",
        BinaryOperator.MatrixMultiply => "matmul",
        BinaryOperator.Power => "pow",
        _ => null,
    };

    private string DTypeName => RefTensors.DTypeName(process.World.Graph(tensor.Graph), tensor);
    public override string Repr() => Eager ? EagerTensors.Repr(process, tensor) : $"<tf.Tensor '{tensor.Name}' shape={tensor.Shape} dtype={DTypeName}>";
    public override string Str() => Eager ? EagerTensors.Str(process, tensor) : $"Tensor(\"{tensor.Name}\", shape={tensor.Shape}, dtype={DTypeName})";
}

internal sealed class OperationObject(TfProcess process, GraphId graph, int id) : PyObject
{
    // Resolved on each use: a v1 cond re-points branch ops' inputs after they are created.
    public Operation Operation => process.World.Graph(graph).Op(id);
    private Operation op => Operation;
    public override PyType Type => TfTypes.Operation;

    public override PyObject? GetAttribute(string name) => name switch
    {
        "name" => new PyStr(op.Name),
        "type" => new PyStr(op.Type),
        "graph" => process.Graph(op.Graph),
        "inputs" => new PyTuple(op.Inputs.Select(t => (PyObject)process.Tensor(t))),
        "outputs" => new PyList(op.Outputs.Select(t => (PyObject)process.Tensor(t))),
        "control_inputs" => new PyList(op.ControlInputIds.Select(id => (PyObject)process.Op(process.World.Graph(op.Graph).Op(id)))),
        "device" => new PyStr(op.Device),
        "get_attr" => new PyBuiltinFunction("get_attr", a => OpAttrs.Get(op, a)),
        _ => null,
    };

    public override PyObject? Compare(CompareOperator compare, PyObject other) => compare switch
    {
        CompareOperator.Equal => PyBool.Of(other is OperationObject o && o.Operation.Graph == op.Graph && o.Operation.Id == op.Id),
        CompareOperator.NotEqual => PyBool.Of(!(other is OperationObject o2 && o2.Operation.Graph == op.Graph && o2.Operation.Id == op.Id)),
        _ => null,
    };

    // Operation hashes as a plain object (by id); TfProcess keeps one object per operation.
    public override long Hash() => base.Hash();
    public override string Repr() => op.ToString();
}

internal sealed class GraphObject(TfProcess process, GraphId id) : PyObject
{
    public GraphId Id => id;
    public override PyType Type => TfTypes.Graph;

    public override PyObject? GetAttribute(string name) => name switch
    {
        "as_default" => new PyBuiltinFunction("as_default", _ => new ScopeObject<GraphId>(process, ScopeFn.Core.Scopes.DefaultGraph.EnterAsDefault(id), _ => this, new ScopeTag("graph_as_default"))),
        "name_scope" => new PyBuiltinFunction("name_scope", a => new ScopeObject<string>(process,
            ScopeFn.Core.Scopes.NameScope.EnterInGraph(id, Convert.OptionalString(a.Count > 0 ? a[0] : null)), s => new PyStr(s),
            new ScopeTag("graph_name_scope", Convert.OptionalString(a.Count > 0 ? a[0] : null)))),
        "device" => new PyBuiltinFunction("device", a => TfDevices.GraphBlock(process, id, a.Arg(0, "device_name_or_function") ?? PyNone.Instance)),
        "get_operations" => new PyBuiltinFunction("get_operations", _ => new PyList(Graph.Ops.Select(o => (PyObject)process.Op(o)))),
        "get_operation_by_name" => new PyBuiltinFunction("get_operation_by_name", a =>
            GraphLookups.GetOperationByName(Graph, Convert.ToHost(a[0]) ?? PyNone.Instance).Match(o => (PyObject)process.Op(o), e => throw TfProcess.Fail(e))),
        "get_tensor_by_name" => new PyBuiltinFunction("get_tensor_by_name", a =>
            GraphLookups.GetTensorByName(Graph, Convert.ToHost(a[0]) ?? PyNone.Instance).Match(t => (PyObject)process.Tensor(t), e => throw TfProcess.Fail(e))),
        "get_name_scope" => new PyBuiltinFunction("get_name_scope", _ => new PyStr(process.World.GraphThread(id, process.Thread).NameStack)),
        "control_dependencies" => new PyBuiltinFunction("control_dependencies", a => new ScopeObject<LanguageExt.Unit>(process,
            ScopeFn.Core.Scopes.ControlDependencies.EnterInGraph(id, a[0] is PyNone
                ? null
                : (a[0].Iterate() ?? throw PyErrors.TypeError("control_inputs must be a list")).Drain().Select(Convert.ToInput).ToList()),
            _ => PyNone.Instance)),
        "is_fetchable" => new PyBuiltinFunction("is_fetchable", a => PyBool.Of(Graph.IsFetchable(a[0] switch
        {
            TensorObject t => t.Tensor.OpId,
            OperationObject o => o.Operation.Id,
            _ => throw PyErrors.TypeError($"Expected an Operation or Tensor, got {Ops.Repr(a[0])}"),
        }))),
        "finalize" => new PyBuiltinFunction("finalize", _ => { process.Run(ScopeFn.Core.Scopes.DefaultGraph.Finalize(id)); return PyNone.Instance; }),
        "finalized" => PyBool.Of(Graph.Finalized),
        "building_function" => PyBool.Of(Graph.BuildingFunction),
        "get_collection" => new PyBuiltinFunction("get_collection", a => new PyList(Graph.Collections.Get(((PyStr)a[0]).Value,
            Convert.OptionalString(a.Arg(1, "scope"))).Select(x => Convert.Wrap(process, x)))),
        _ => null,
    };

    private Graph Graph => process.World.Graph(id);
    public override string Repr() => ScopeFn.Core.Scopes.NameScope.GraphRepr(id);
}

/// <summary>A <c>with</c>-able context: entering runs the core's bracket entry, exiting its restore.</summary>
internal sealed class ScopeObject<S>(TfProcess process, Enter<S> enter, Func<S, PyObject> bound, ScopeTag? tag = null) : PyObject
{
    public override PyType Type => TfTypes.ContextManager;
    public override bool IsContextManager => true;
    public override PyObject Enter() => bound(process.Enter(enter, tag));

    public override bool Exit(PyBaseException? exception)
    {
        process.Exit();
        return false;
    }
}

internal sealed class DTypeObject(DType dtype) : PyObject
{
    private static readonly Dictionary<DType, DTypeObject> Cache = DType.All.ToDictionary(d => d, d => new DTypeObject(d));

    public static DTypeObject Of(DType d) => Cache[d];
    public DType DType => dtype;
    public override PyType Type => TfTypes.DType;

    public override PyObject? GetAttribute(string name) => name switch
    {
        "name" => new PyStr(dtype.Name),
        "is_floating" => PyBool.Of(dtype.IsFloating),
        "is_integer" => PyBool.Of(dtype.IsInteger),
        "base_dtype" => this,
        _ => null,
    };

    public override string Repr() => dtype.Repr;
    // dtypes.py DType.__str__ is "<dtype: 'float32'>"; __repr__ is "tf.float32".
    public override string Str() => $"<dtype: '{dtype.Name}'>";
}

internal sealed class ShapeObject(TensorShape shape) : PyObject
{
    public override PyType Type => TfTypes.TensorShape;
    public override long? Length => shape.Rank;

    public override PyObject? GetAttribute(string name) => name switch
    {
        "rank" or "ndims" => shape.Rank is { } r ? PyInt.Of(r) : PyNone.Instance,
        "dims" => shape.Dims is { } ds ? new PyList(ds.Select(Dim)) : PyNone.Instance,
        "is_fully_defined" => new PyBuiltinFunction("is_fully_defined", _ => PyBool.Of(shape.IsFullyDefined)),
        "num_elements" => new PyBuiltinFunction("num_elements", _ => shape.NumElements is { } n ? PyInt.Of(n) : PyNone.Instance),
        "as_list" => new PyBuiltinFunction("as_list", _ => shape.Dims is { } d
            ? new PyList(d.Select(x => x is { } v ? (PyObject)PyInt.Of(v) : PyNone.Instance))
            : throw PyErrors.ValueError("as_list() is not defined on an unknown TensorShape.")),
        _ => null,
    };

    public override PyObject? Compare(CompareOperator op, PyObject other) => op switch
    {
        CompareOperator.Equal => PyBool.Of(Equal(other)),
        CompareOperator.NotEqual => PyBool.Of(!Equal(other)),
        _ => null,
    };

    private bool Equal(PyObject other) => other switch
    {
        ShapeObject s => s.Shape.Equals(shape),
        PyList or PyTuple => Convert.OptionalShape(other) is { } s && s.Equals(shape),
        _ => false,
    };

    private static PyObject Dim(long? d) => d is { } v ? PyInt.Of(v) : PyNone.Instance;

    /// <summary>TF 2 (V2 shape behavior): an index gives the dimension's int or None, a slice a TensorShape.</summary>
    public override PyObject GetItem(PyObject key)
    {
        var dims = shape.Dims ?? throw PyErrors.ValueError("Cannot take the length of shape with unknown rank.");
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(dims.Length);
            return new ShapeObject(TensorShape.Of(Enumerable.Range(0, (int)count).Select(i => dims[(int)(start + i * step)])));
        }
        var index = key is PyInt i ? (long)i.Value : throw PyErrors.TypeError($"tuple indices must be integers or slices, not {key.Type.Name}");
        if (index < 0) index += dims.Length;
        if (index < 0 || index >= dims.Length) throw PyErrors.New(PyExceptionTypes.IndexError, "tuple index out of range");
        return Dim(dims[(int)index]);
    }

    public override IEnumerator<PyObject>? Iterate() => shape.Dims?.Select(Dim).GetEnumerator();

    public TensorShape Shape => shape;
    public override string Repr() => shape.Repr;
    public override string Str() => shape.ToString();
}

/// <param name="unread">an eager <c>_UnreadVariable</c> (what assign returns): same handle, <c>.name</c> is <c>UnreadVariable</c>; a graph one carries its parent op in <see cref="Variable.UnreadParent"/></param>
internal sealed class VariableObject(TfProcess process, Variable variable, bool unread = false) : PyObject
{
    public Variable Variable => variable;
    private bool Unread => unread || variable.UnreadParent is not null;
    public override PyType Type => Unread ? TfTypes.UnreadVariable : variable.Kind == VariableKind.Resource ? TfTypes.ResourceVariable : TfTypes.Variable;

    // resource_variable_ops.py _UnreadVariable.name: the parent op's name in graph mode, "UnreadVariable" otherwise.
    private string Name => variable.UnreadParent is { } parent ? parent.Name : unread ? "UnreadVariable" : variable.Name;

    private bool Eager => EagerVariables.IsEager(variable);

    /// <summary>The value reads go through: the graph's read tensor, or a fresh eager read of the current value.</summary>
    public Tensor Current => Eager ? process.Run(TfVariable.AsTensor(variable)) : variable.Value;

    public override PyObject? GetAttribute(string name) =>
        (Eager ? EagerVariableMembers.Attribute(process, variable, name) : null)
        ?? VariableUpdateMembers.Attribute(process, variable, Eager, name)
        ?? name switch
    {
        "name" => new PyStr(Name),
        "shape" => new ShapeObject(variable.Shape),
        // variables.py RefVariable.dtype is its ref tensor's dtype (float32_ref); base_dtype leads back.
        "dtype" => variable.Kind == VariableKind.Ref ? RefDTypeObject.Of(variable.DType) : DTypeObject.Of(variable.DType),
        "initial_value" => process.Tensor(variable.InitialValue),
        "initialized_value" when variable.Kind == VariableKind.Ref =>
            new PyBuiltinFunction("initialized_value", _ => process.Tensor(process.Build(InitializedValue.Of(variable), "initialized_value"))),
        // _UnreadVariable.op is its parent op.
        "op" => process.Op(variable.UnreadParent ?? process.World.Graph(variable.Graph).Op(variable.Handle.OpId)),
        "graph" => process.Graph(variable.Graph),
        // RefVariable.device is its op's; ResourceVariable.device its handle's: both the handle op here.
        "device" => new PyStr(process.World.Graph(variable.Graph).Op(variable.Handle.OpId).Device),
        "initializer" => process.Op(process.World.Graph(variable.Graph).Op(variable.InitializerOpId)),
        "trainable" => PyBool.Of(variable.Trainable),
        // _UnreadVariable.value() / read_value(): a new read under its parent op, each time.
        "value" or "read_value" => new PyBuiltinFunction(name, _ => process.Tensor(variable.UnreadParent is null ? variable.Value : process.Run(TfVariable.AsTensor(variable)))),
        "get_shape" => new PyBuiltinFunction("get_shape", _ => new ShapeObject(variable.Shape)),
        _ => null,
    };

    // BaseResourceVariable's operators read the value first (in graphs a new ReadVariableOp, outside
    // the operator's scope), so tapes see the read.
    private TensorObject Operand() => process.Tensor(process.Run(TfVariable.AsTensor(variable)));
    public override PyObject? BinaryOp(BinaryOperator op, PyObject other) => Operand().BinaryOp(op, other);
    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) => Operand().ReflectedBinaryOp(op, other);
    public override PyObject? UnaryOp(UnaryOperator op) => Eager ? process.Tensor(Current).UnaryOp(op) : null;

    // _slice_helper_var: the slice of var.value() (a new read for a resource variable).
    public override PyObject GetItem(PyObject key) => TensorIndexing.GetItem(process, process.Run(TfVariable.AsTensor(variable)), key);
    public override PyFloat? ToFloat() => Eager ? EagerTensors.ToFloat(process, Current) : null;
    public override PyInt? ToInt() => Eager ? EagerTensors.ToInt(process, Current) : null;

    public override PyObject? Compare(CompareOperator op, PyObject other) => (Eager ? EagerCompare.Tensor(process, Current, op, other) : null) ?? op switch
    {
        CompareOperator.Equal => PyBool.Of(other is VariableObject v && v.Variable.Handle == variable.Handle),
        CompareOperator.NotEqual => PyBool.Of(!(other is VariableObject v2 && v2.Variable.Handle == variable.Handle)),
        _ => null,
    };

    // Equal variables share a handle, and the hash must agree across the wrappers of one handle
    // (and be the same in every process, unlike .NET's record hash codes).
    public override long Hash() => PyHash.OfTuple([variable.Handle.Graph.Value, variable.Handle.OpId, variable.Handle.Index]);

    // ref_variable.py __repr__: dtype.name, which is float32_ref for a RefVariable (variables_test.py testRepr).
    public override string Repr() => Eager ? EagerTensors.VariableRepr(process, variable, Name) : $"<tf.Variable '{Name}' shape={variable.Shape} dtype={variable.DTypeName}>";
}

internal sealed class VariableScopeObject(TfProcess process, VariableScope scope) : PyObject
{
    public VariableScope Scope => process.Run(VariableScopes.Refresh(scope));
    public override PyType Type => TfTypes.VariableScope;

    public override PyObject? GetAttribute(string name) => name switch
    {
        "name" => new PyStr(Scope.Name),
        "original_name_scope" => new PyStr(Scope.OriginalNameScope),
        "reuse" => Scope.Reuse switch
        {
            Reuse.True => PyBool.True,
            Reuse.AutoReuse => TfModule.AutoReuse,
            _ => PyBool.False,
        },
        "dtype" => DTypeObject.Of(Scope.DType),
        "reuse_variables" => new PyBuiltinFunction("reuse_variables", _ => { process.Run(VariableScopes.ReuseVariables(scope)); return PyNone.Instance; }),
        _ => null,
    };

    public override string Repr() => $"<tensorflow.python.ops.variable_scope.VariableScope object at {PyIds.Hex(this)}>";
}
