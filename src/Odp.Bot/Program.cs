Console.WriteLine("OpenDataPlane");
