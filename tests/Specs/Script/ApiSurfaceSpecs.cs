using ScopeFn.Script.Evaluation;
using ScopeFn.Script.Runtime;
using ScopeFn.Script.Tf;
using ScopeFn.Script.Tf.Api;

namespace ScopeFn.Specs.Script;

/// <summary>
/// The tf module's membership rule: scripts see TensorFlow's public names only. Facts from the API
/// golden files (tensorflow/tools/api/golden/v1 and v2, commits in src/Script/Tf/Api/*.txt headers);
/// module names from TF 2.2+'s generated API (tensorflow._api.v2.&lt;path&gt;, google-research/bert#1140).
/// </summary>
public class ApiSurfaceSpecs
{
    private static PyModule Synthetic() => new PyModule("tensorflow")
        .Set("get_variable", new PyStr("v1 only"))
        .Set("add", new PyStr("add"))
        .Set("nn", new PyModule("tensorflow.nn").Set("relu", new PyStr("relu")).Set("not_tf", new PyStr("x")))
        .Set("compat", new PyModule("tensorflow.compat").Set("v1", new PyModule("tensorflow.compat.v1").Set("get_variable", new PyStr("v1"))))
        .Set("config", new PyModule("tensorflow.config").Set("anything", new PyStr("unlisted module")));

    [Theory]
    [InlineData("v2.tensorflow", "get_variable", false)]
    [InlineData("v2.tensorflow", "variable_scope", false)]
    [InlineData("v2.tensorflow", "Session", false)]
    [InlineData("v2.tensorflow", "GraphKeys", false)]
    [InlineData("v2.tensorflow", "name_scope", true)]
    [InlineData("v2.tensorflow", "get_current_name_scope", true)]
    [InlineData("v1.tensorflow", "get_variable", true)]
    [InlineData("v1.tensorflow", "AUTO_REUSE", true)]
    [InlineData("v1.tensorflow", "get_current_name_scope", false)]
    [InlineData("v1.tensorflow", "executing_eagerly_outside_functions", true)]
    [InlineData("v1.tensorflow.random", "set_random_seed", true)]
    [InlineData("v2.tensorflow.random", "set_random_seed", false)]
    [InlineData("v1.tensorflow.GraphKeys", "LOCAL_VARIABLES", true)]
    [InlineData("v2.tensorflow.compat", "v1", true)]
    [InlineData("v2.tensorflow.nn", "relu", true)]
    [InlineData("v2.tensorflow.nn", "get_variable", false)]
    [InlineData("v2.tensorflow.version", "VERSION", true)]
    [InlineData("v1.tensorflow.version", "VERSION_INFO", true)]
    [InlineData("v2.tensorflow.version", "VERSION_INFO", false)]
    public void Golden_lists_hold_TF_membership(string key, string name, bool member) =>
        Assert.Equal(member, ApiGolden.Members(key)!.Contains(name));

    [Fact] // a data file whose name reads as a culture (".nn") must still embed as a list
    public void Every_recorded_golden_list_is_loaded() => Assert.Equal(
        ["v1.tensorflow", "v1.tensorflow.GraphKeys", "v1.tensorflow.errors", "v1.tensorflow.initializers", "v1.tensorflow.random",
         "v1.tensorflow.version", "v2.tensorflow", "v2.tensorflow.compat", "v2.tensorflow.errors", "v2.tensorflow.initializers", "v2.tensorflow.nn",
         "v2.tensorflow.random", "v2.tensorflow.version"],
        ApiGolden.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void A_registered_name_TF_lacks_is_an_AttributeError_as_Python_words_it_for_a_module()
    {
        var tf = ApiModule.Expose(Synthetic());
        Assert.Null(tf.GetAttribute("get_variable"));
        Assert.Equal("module 'tensorflow' has no attribute 'get_variable'", tf.MissingAttributeMessage("get_variable"));
        Assert.Equal("add", ((PyStr)tf.GetAttribute("add")!).Value);
    }

    [Fact]
    public void A_TF_name_ScopeFn_lacks_is_a_NotImplementedError_naming_it()
    {
        var tf = ApiModule.Expose(Synthetic());
        var e = Assert.Throws<PyException>(() => tf.GetAttribute("abs"));
        Assert.Same(PyExceptionTypes.NotImplementedError, e.Value.ExceptionType);
        Assert.Equal("NotImplementedError: ScopeFn does not model tf.abs yet", e.Message);
        Assert.Null(tf.GetAttribute("no_such_name"));
    }

    [Fact]
    public void Submodules_are_filtered_by_their_own_list_under_TFs_module_names()
    {
        var tf = ApiModule.Expose(Synthetic());
        var nn = (PyModule)tf.GetAttribute("nn")!;
        Assert.Same(nn, tf.GetAttribute("nn"));
        Assert.Equal("tensorflow._api.v2.nn", nn.Name);
        Assert.NotNull(nn.GetAttribute("relu"));
        Assert.Null(nn.GetAttribute("not_tf"));
        var v1 = (PyModule)((PyModule)tf.GetAttribute("compat")!).GetAttribute("v1")!;
        Assert.Equal("tensorflow._api.v2.compat.v1", v1.Name);
        Assert.NotNull(v1.GetAttribute("get_variable"));
        var e = Assert.Throws<PyException>(() => v1.GetAttribute("get_default_session"));
        Assert.Equal("NotImplementedError: ScopeFn does not model tf.compat.v1.get_default_session yet", e.Message);
    }

    [Fact]
    public void A_module_without_a_recorded_list_is_not_filtered()
    {
        var config = (PyModule)ApiModule.Expose(Synthetic()).GetAttribute("config")!;
        Assert.NotNull(config.GetAttribute("anything"));
        Assert.Null(config.GetAttribute("missing"));
    }

    [Fact]
    public void Star_import_and_hasattr_see_only_TF_names()
    {
        Assert.Equal("False True True\nTrue\nNameError\n", Run("""
            import tensorflow as tf
            print(hasattr(tf, "get_variable"), hasattr(tf.compat.v1, "get_variable"), hasattr(tf, "Graph"))
            from tensorflow.compat.v1 import *
            print(get_variable is tf.compat.v1.get_variable)
            try:
                get_current_name_scope
            except NameError:
                print("NameError")
            """));
    }

    [Fact]
    public void Scripts_may_still_assign_module_attributes()
    {
        Assert.Equal("1\n", Run("""
            import tensorflow as tf
            tf.get_variable = 1
            print(tf.get_variable)
            """));
    }

    [Fact]
    public void Every_real_registration_is_either_a_TF_name_or_hidden()
    {
        // The v2 top level never exposes a v1-only name the shared registrations carry.
        Assert.Equal("ok\n", Run("""
            import tensorflow as tf
            for name in ["get_variable", "variable_scope", "Session", "placeholder", "AUTO_REUSE", "GraphKeys",
                         "global_variables_initializer", "set_random_seed", "reset_default_graph", "get_default_graph",
                         "add_to_collection", "get_collection", "get_local_variable", "fixed_size_partitioner"]:
                assert not hasattr(tf, name), name
                assert hasattr(tf.compat.v1, name), name
            print("ok")
            """));
    }

    private static string Run(string source)
    {
        var output = new StringWriter();
        var result = ScriptRunner.Run(source.Replace("\r\n", "\n"), "api.py", RunOptions.Default with { Modules = TfModule.Registry() }, output);
        Assert.True(result.Succeeded, result.ErrorText);
        return output.ToString();
    }
}
