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
