using FsCheck;
using FsCheck.Fluent;
using ScopeFn.Core.Devices;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Properties.DeviceLaws;

/// <summary>
/// DeviceSpec and device-stack laws (device_spec.py DeviceSpecV2, ops.py _apply_device_functions):
/// parsing a canonical string gives the spec back; merging is associative with the empty spec as
/// identity and the right side winning; and the device an op gets from a stack of strings and
/// <c>device(None)</c> entries, walked innermost-first as TF does, equals the left fold of merges
/// over the entries after the last None (outer first, inner parts overriding).
/// </summary>
public class DeviceSpecLaws
{
    private static Gen<DeviceSpec> Specs =>
        from job in Gen.Elements<string?>(null, "worker", "ps", "localhost", "")
        from replica in Gen.Elements<long?>(null, 0, 1, 12)
        from task in Gen.Elements<long?>(null, 0, 3)
        from type in Gen.Elements<string?>(null, "CPU", "GPU", "TPU", "XLA_CPU", "cpu")
        from index in Gen.Elements<long?>(null, 0, 2, 7)
        select new DeviceSpec(job, replica, task, type, type is null ? null : index);

    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    public void Parse_of_to_string_is_the_spec() =>
        Prop.ForAll(Specs.ToArbitrary(), d => ((DeviceSpec)DeviceSpec.FromString(d.ToString())).Equals(d)).Check(Config);

    [Fact]
    public void Canonical_name_is_idempotent() =>
        Prop.ForAll(Specs.ToArbitrary(), d =>
        {
            var once = (string)DeviceSpec.CanonicalName(d.ToString());
            return (string)DeviceSpec.CanonicalName(once) == once;
        }).Check(Config);

    [Fact]
    public void Merge_is_associative_with_identity_and_right_bias() =>
        Prop.ForAll((from a in Specs from b in Specs from c in Specs select (a, b, c)).ToArbitrary(), t =>
        {
            var (a, b, c) = t;
            return a.MergedWith(b).MergedWith(c).Equals(a.MergedWith(b.MergedWith(c)))
                && a.MergedWith(DeviceSpec.Empty).Equals(a) && DeviceSpec.Empty.MergedWith(a).Equals(a)
                && a.MergedWith(b).MergedWith(b).Equals(a.MergedWith(b))
                && b.MergedWith(a).MergedWith(b).Equals(a.MergedWith(b));
        }).Check(Config);

    [Fact]
    public void Stack_placement_equals_the_fold_model()
    {
        // null stands for device(None).
        var stacks = Gen.ListOf(Gen.Frequency((1, Gen.Constant<DeviceSpec?>(null)), (4, Specs.Select(s => (DeviceSpec?)s)))).Select(l => l.ToArray());
        Prop.ForAll(stacks.ToArbitrary(), stack =>
        {
            Tf<string> body = Constant.Of(1.0, name: "c").SelectMany(t => DeviceBlocks.DeviceOf(t));
            for (var i = stack.Length - 1; i >= 0; i--)
            {
                var inner = body;
                var entry = stack[i] is { } s ? DeviceScope.FromSpec(s) : DeviceScope.Clear.Instance;
                body = Tf.Bracket(Devices.Enter(entry), _ => inner);
            }
            var placed = body.Run(World.Empty).Value;
            var model = DeviceSpec.Empty;
            foreach (var e in stack) model = e is null ? DeviceSpec.Empty : model.MergedWith(e);
            return placed == model.ToString();
        }).Check(Config);
    }
}
