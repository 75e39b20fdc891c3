namespace GeneGraph; public static class Placeholder {}
