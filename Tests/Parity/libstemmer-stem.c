/* Reference side of stemmer-parity.sh: stems each line of standard input with libstemmer.
 * Usage: libstemmer-stem ALGORITHM < words > stems   (ALGORITHM: english, russian; UTF-8 text) */
#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s ALGORITHM < words\n", argv[0]);
        return 2;
    }
    struct sb_stemmer *stemmer = sb_stemmer_new(argv[1], "UTF_8");
    if (stemmer == NULL) {
        fprintf(stderr, "libstemmer has no algorithm %s\n", argv[1]);
        return 2;
    }
    char *line = NULL;
    size_t capacity = 0;
    ssize_t length;
    while ((length = getline(&line, &capacity, stdin)) >= 0) {
        if (length > 0 && line[length - 1] == '\n') line[--length] = '\0';
        const sb_symbol *stem = sb_stemmer_stem(stemmer, (const sb_symbol *)line, (int)length);
        if (stem == NULL) {
            fprintf(stderr, "libstemmer ran out of memory\n");
            return 1;
        }
        fwrite(stem, 1, (size_t)sb_stemmer_length(stemmer), stdout);
        fputc('\n', stdout);
    }
    free(line);
    sb_stemmer_delete(stemmer);
    return 0;
}
