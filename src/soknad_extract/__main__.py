"""``python -m soknad_extract`` runs the command line tool."""

from soknad_extract.launch import main

if __name__ == "__main__":
    main()
