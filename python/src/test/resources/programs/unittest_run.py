import io, re, sys, unittest

def add(a, b):
    return a + b

class TestAdd(unittest.TestCase):
    def test_ints(self):
        self.assertEqual(add(2, 3), 5)
    def test_fail(self):
        self.assertEqual(add(2, 2), 5, "math is hard")
    def test_error(self):
        {}["k"]
    @unittest.skip("not now")
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_raises(self):
        with self.assertRaisesRegex(ZeroDivisionError, "division"):
            1 / 0
    def test_list(self):
        self.assertListEqual([1, 2, 3], [1, 2, 4])
    def test_dict(self):
        self.assertDictEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]})

class TestFixtures(unittest.TestCase):
    log = []
    @classmethod
    def setUpClass(cls): cls.log.append("setUpClass")
    def setUp(self): self.log.append("setUp")
    def tearDown(self): self.log.append("tearDown")
    def test_one(self): self.assertIn("setUp", self.log)
    def test_mock(self):
        from unittest import mock
        m = mock.Mock(return_value=3)
        self.assertEqual(m(1, k=2), 3)
        m.assert_called_once_with(1, k=2)
        with mock.patch("os.getcwd", return_value="/x"):
            import os
            self.assertEqual(os.getcwd(), "/x")

if __name__ == "__main__":
    # The run's duration ("Ran 10 tests in 0.004s") is the only line that varies.
    stream = io.StringIO()
    main = unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
    sys.stderr.write(re.sub(r"in \d+\.\d+s", "in TIME", stream.getvalue()))
    print(TestFixtures.log, main.result.testsRun, len(main.result.failures), len(main.result.errors))
    sys.exit(not main.result.wasSuccessful())
