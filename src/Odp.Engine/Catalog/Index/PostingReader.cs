namespace Odp.Engine.Catalog.Index;

/// <summary>
/// Walks one word's documents in a <see cref="FieldPostings"/>, ascending. Each is stored as its distance from the one
/// before (the first from -1), seven bits a byte, low bits first, the high bit set on every byte but the last.
/// </summary>
internal struct PostingReader(byte[] gaps, int start, int count)
{
    private int position = start;
    private int left = count;
    private int doc = -1;

    /// <summary>How many documents are left to read.</summary>
    public readonly int Left => left;

    /// <summary>Reads the next documents into <paramref name="batch"/>; returns how many (0 at the end).</summary>
    public int Read(Span<int> batch)
    {
        var bytes = gaps;
        var at = position;
        var current = doc;
        var count = Math.Min(left, batch.Length);
        for (var i = 0; i < count; i++)
        {
            int gap = bytes[at++];
            if (gap >= 0x80)
            {
                gap &= 0x7F;
                var shift = 7;
                int b;
                do
                {
                    b = bytes[at++];
                    gap |= (b & 0x7F) << shift;
                    shift += 7;
                }
                while (b >= 0x80);
            }

            current += gap;
            batch[i] = current;
        }

        position = at;
        doc = current;
        left -= count;
        return count;
    }

    public bool Next(out int next)
    {
        if (left == 0)
        {
            next = int.MaxValue;
            return false;
        }

        left--;
        int gap = gaps[position++];
        if (gap >= 0x80)
        {
            gap &= 0x7F;
            var shift = 7;
            int b;
            do
            {
                b = gaps[position++];
                gap |= (b & 0x7F) << shift;
                shift += 7;
            }
            while (b >= 0x80);
        }

        doc += gap;
        next = doc;
        return true;
    }
}
